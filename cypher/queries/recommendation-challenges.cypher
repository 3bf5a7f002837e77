// Hvilke udfordringer adresserer hver anbefaling? / Which challenges does each recommendation address?
// Parameters: none
// da: ADDRESSES-forbindelser holder sig inden for én kilde og vægter fælles temaer og ord (0..1); højst tre pr.
// anbefaling. Anbefalinger, der ikke svarer på noget, er udeladt.
// en: ADDRESSES links stay within a source and score shared themes and words (0..1); at most three per
// recommendation. Recommendations that address nothing are left out.
MATCH (r:Recommendation)-[a:ADDRESSES]->(c:Challenge)
RETURN r.source AS source, r.id AS recommendation, r.text AS recommendationText, a.score AS score,
       c.id AS challenge, c.text AS challengeText
ORDER BY source, r.line, recommendation, score DESC, challenge
