#!/usr/bin/env python3
"""Recomputes the comparison measures from the extracted items, without Neo4j or the Java code, and checks the
exported tables against them.

    java -jar target/erfaringsgraf.jar extract --out items.jsonl
    java -jar target/erfaringsgraf.jar export --table source-overlap --format csv --out source-overlap.csv
    java -jar target/erfaringsgraf.jar export --table theme-source-residuals --format csv --out residuals.csv
    python3 src/test/scripts/check-comparisons.py items.jsonl source-overlap.csv residuals.csv

Theme cosine: cosine of the vectors of each source's theme shares (items about the theme / all the source's
item-theme codings). Share: items about the theme / the source's items with at least one theme. Residual:
Haberman's adjusted residual (O - E) / sqrt(E (1 - R/n) (1 - n_s/n)), E = R n_s / n, of the theme's 2 x k table.
Prints every value beside the table's and exits 1 if any differs by more than 0.0001 (the tables round to 4).
"""
import collections
import csv
import json
import math
import sys


def main(items_file, overlap_file, residuals_file):
    items = [json.loads(line) for line in open(items_file, encoding='utf-8')]
    codings = collections.defaultdict(collections.Counter)  # source -> theme -> items
    themed = collections.Counter()  # source -> items with at least one theme
    for item in items:
        for theme in set(item['themes']):
            codings[item['source']][theme] += 1
        themed[item['source']] += bool(item['themes'])
    worst = 0.0
    print('source other themeCosine(python) themeCosine(table)')
    for row in csv.DictReader(open(overlap_file, encoding='utf-8')):
        mine = cosine(codings[row['source']], codings[row['other']])
        worst = max(worst, abs(mine - float(row['themeCosine'])))
        print(row['source'], row['other'], round(mine, 4), row['themeCosine'])
    n = sum(themed.values())
    total = collections.Counter()
    for source in codings:
        total.update(codings[source])
    print('theme source share(python) share(table) residual(python) residual(table)')
    for row in csv.DictReader(open(residuals_file, encoding='utf-8')):
        theme, source = row['theme'], row['source']
        observed, n_s, r_t = codings[source][theme], themed[source], total[theme]
        share = observed / n_s
        expected = r_t * n_s / n
        variance = expected * (1 - r_t / n) * (1 - n_s / n)
        residual = (observed - expected) / math.sqrt(variance) if variance > 0 else None
        worst = max(worst, abs(share - float(row['share'])))
        if residual is None or row['residual'] == '':
            if (residual is None) != (row['residual'] == ''):
                worst = math.inf
        else:
            worst = max(worst, abs(residual - float(row['residual'])))
        print(theme, source, round(share, 4), row['share'], residual if residual is None else round(residual, 4),
              row['residual'])
    print(f'largest difference: {worst:.6f}')
    return 0 if worst <= 0.0001 else 1


def cosine(a, b):
    sa, sb = sum(a.values()), sum(b.values())
    dot = sum(a[k] / sa * b[k] / sb for k in a.keys() & b.keys())
    norm = math.sqrt(sum((v / sa) ** 2 for v in a.values())) * math.sqrt(sum((v / sb) ** 2 for v in b.values()))
    return dot / norm


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
