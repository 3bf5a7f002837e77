#!/usr/bin/env python3
"""Agreement between the two judges of the echo pairs: the confusion table, Cohen's kappa over the four labels
and over agrees-vs-not (agrees against contrasts, related and unrelated together).

    python3 src/test/scripts/judge-agreement.py \
        src/test/resources/echoes/judged.tsv src/test/resources/echoes/judged-second.tsv

Both files: '#' comment lines, a header row, then from, to, judgement, reason (tab-separated). Pairs are matched
by (from, to); the script exits 1 if the two files do not hold the same pairs or a label is not one of the four.
Kappa = (p_o - p_e) / (1 - p_e), p_e from each judge's own label shares.
"""
import collections
import sys

LABELS = ('agrees', 'contrasts', 'related', 'unrelated')


def read(path):
    judged = {}
    rows = [line.rstrip('\n').split('\t') for line in open(path, encoding='utf-8') if not line.startswith('#')]
    for row in rows[1:]:
        if not row or row == ['']:
            continue
        pair, label = (row[0], row[1]), row[2]
        if label not in LABELS:
            sys.exit(f'{path}: {pair}: unknown judgement {label!r}')
        judged[pair] = label
    return judged


def kappa(pairs):
    """Cohen's kappa of a list of (first, second) labels."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first = collections.Counter(a for a, _ in pairs)
    second = collections.Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return observed, expected, (observed - expected) / (1 - expected)


def main(first_file, second_file):
    first, second = read(first_file), read(second_file)
    if first.keys() != second.keys():
        sys.exit(f'the files hold different pairs: {sorted(first.keys() ^ second.keys())}')
    pairs = [(first[p], second[p]) for p in first]
    table = collections.Counter(pairs)

    print(f'{len(pairs)} pairs; rows: first judge ({first_file}), columns: second judge ({second_file})')
    print(f'{"":>10}' + ''.join(f'{label:>10}' for label in LABELS) + f'{"total":>10}')
    for a in LABELS:
        print(f'{a:>10}' + ''.join(f'{table[(a, b)]:>10}' for b in LABELS)
              + f'{sum(table[(a, b)] for b in LABELS):>10}')
    print(f'{"total":>10}' + ''.join(f'{sum(table[(a, b)] for a in LABELS):>10}' for b in LABELS)
          + f'{len(pairs):>10}')

    observed, expected, k = kappa(pairs)
    print(f'four labels:     agreement {observed:.3f}, chance {expected:.3f}, Cohen\'s kappa {k:.3f}')
    binary = [(a == 'agrees', b == 'agrees') for a, b in pairs]
    observed, expected, k = kappa(binary)
    print(f'agrees vs not:   agreement {observed:.3f}, chance {expected:.3f}, Cohen\'s kappa {k:.3f}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
