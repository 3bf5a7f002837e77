// What the page says about an echo, shared by the detail panel and the overlap view: echoes are candidates
// found by shared words, so each says how the two items relate and what its score is made of.
import { fmt } from './table.js';

export const echoStrings = {
  da: {
    'echo.relation.agrees': 'Enige', 'echo.relation.contrasts': 'Modsat', 'echo.relation.related': 'Beslægtet',
    'echo.relation.agrees.doc': 'Samme pointe i samme retning: mindst tre vægtige ord til fælles og ingen modsat vurdering.',
    'echo.relation.contrasts.doc': 'Samme emne, modsat vurdering: det ene udsagn er positivt (eller en mulighed), det andet negativt (eller en udfordring).',
    'echo.relation.related.doc': 'Samme emne, men ikke vist at være samme pointe (kun emneord til fælles, eller det ene er et spørgsmål).',
    'echo.candidate': 'Mulig genklang',
    'echo.score': 'Lighed {sim}: ordoverlap {cos} × temaer {factor}',
    'echo.score.capped': 'Lighed {sim} (loft): ordoverlap {cos} × temaer {factor}',
    'echo.score.doc': 'Ordoverlap er cosinus af de to teksters vægtede ord (TF-IDF); temaer er 1 + andelen af fælles temaer.',
    'echo.words': 'Fælles ord',
  },
  en: {
    'echo.relation.agrees': 'Agree', 'echo.relation.contrasts': 'Contrast', 'echo.relation.related': 'Related',
    'echo.relation.agrees.doc': 'The same point, the same way: at least three weighty words shared and no opposite valence.',
    'echo.relation.contrasts.doc': 'The same topic, opposite valence: one item is positive (or an opportunity), the other negative (or a challenge).',
    'echo.relation.related.doc': 'The same topic, not shown to be the same point (only topic words shared, or one is a question).',
    'echo.candidate': 'Candidate echo',
    'echo.score': 'Similarity {sim}: word overlap {cos} × themes {factor}',
    'echo.score.capped': 'Similarity {sim} (capped): word overlap {cos} × themes {factor}',
    'echo.score.doc': 'Word overlap is the cosine of the two texts’ weighted words (TF-IDF); themes is 1 + the share of themes they have in common.',
    'echo.words': 'Shared words',
  },
};

/** The relation's label and its definition (for a title), in the current language. */
export function relationLabel(t, relation) {
  const r = relation || 'related';
  return { text: t(`echo.relation.${r}`), title: t(`echo.relation.${r}.doc`), relation: r };
}

/** One line that says what the score is made of: "Lighed 0,41: ordoverlap 0,25 × temaer 1,67". */
export function scoreLine(t, lang, e) {
  const sim = Number(e.similarity);
  if (e.cosine === null || e.cosine === undefined || e.themeFactor === null || e.themeFactor === undefined) {
    return `${t('echo.candidate')} ${fmt(sim, lang, 2)}`;
  }
  const capped = Number(e.cosine) * Number(e.themeFactor) > 1;
  return t(capped ? 'echo.score.capped' : 'echo.score',
    { sim: fmt(sim, lang, 2), cos: fmt(e.cosine, lang, 2), factor: fmt(e.themeFactor, lang, 2) });
}

/** The shared words as a list, whether the API gave an array or the table a comma-separated string. */
export function echoWords(terms) {
  if (Array.isArray(terms)) return terms;
  return typeof terms === 'string' && terms ? terms.split(/,\s*/) : [];
}
