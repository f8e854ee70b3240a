#!/usr/bin/env python3
"""Score article segmentation against hand-annotated gold.

usage: score_segmentation.py GOLD_ARTICLES.jsonl PRED.jsonl [-v] [--tolerance N]

PRED is what `caucasus-atlas articles FILE...` prints (or build/tests/text/articles_dev):
one JSON object a line, articles with file, start_line, end_line, title, outlet, date
(stated, or null), date_inferred, author, language; boilerplate spans with "boilerplate": true.
GOLD is ../shared/eval-dev/articles.jsonl (same shape; "date_inferred" may be a range "A/B").

A predicted article matches a gold article of the same file (compared by base name) when
|start difference| <= N and |end difference| <= N (N = 2 by default); each gold article
matches at most one prediction. Reported:
  - boundary precision (matched / predicted) and recall (matched / gold),
  - on matched articles: title, outlet, author and language accuracy (text compared on
    letters and digits only, case folded; null must meet null; outlets may contain each other),
  - stated dates right (exact) on matched articles whose gold date is stated,
  - inferred dates on matched articles whose gold date is inferred: right (inside the gold
    range at its precision), wrong, or left unknown,
  - boilerplate spans: gold spans overlapped by a predicted boilerplate span, and predicted
    spans that overlap no gold boilerplate.
-v lists every unmatched article and every field that disagrees.
"""
import json
import os
import sys


def key(text):
    return ''.join(c for c in (text or '').casefold() if c.isalnum())


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def same_text(gold, pred):
    return key(gold) == key(pred)


def same_outlet(gold, pred):
    g, p = key(gold), key(pred)
    return g == p or (g and p and (g in p or p in g))


def date_of(pred):
    return pred.get('date') or pred.get('date_inferred')


def inside(gold_range, value):
    """True when `value` (YYYY[-MM[-DD]]) falls in the gold date or range "A/B" at gold precision."""
    if not value:
        return False
    lo, _, hi = gold_range.partition('/')
    hi = hi or lo
    return lo <= value[:len(lo)] and value[:len(hi)] <= hi


def match_articles(gold, pred, tolerance):
    pairs, used = [], set()
    for g in gold:
        best = None
        for i, p in enumerate(pred):
            if i in used or p['file'] != g['file']:
                continue
            ds, de = abs(p['start_line'] - g['start_line']), abs(p['end_line'] - g['end_line'])
            if ds <= tolerance and de <= tolerance and (best is None or ds + de < best[0]):
                best = (ds + de, i)
        if best:
            used.add(best[1])
            pairs.append((g, pred[best[1]]))
    return pairs, used


def ratio(a, b):
    return f'{a}/{b} = {a / b:.3f}' if b else f'{a}/0'


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    tolerance = 2
    if '--tolerance' in args:
        k = args.index('--tolerance')
        tolerance = int(args[k + 1])
        del args[k:k + 2]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold_rows, pred_rows = load(args[0]), load(args[1])
    for row in pred_rows:
        row['file'] = os.path.basename(row['file'])
    files = {g['file'] for g in gold_rows}
    gold = [g for g in gold_rows if not g.get('boilerplate')]
    pred = [p for p in pred_rows if not p.get('boilerplate') and p['file'] in files]
    pairs, used = match_articles(gold, pred, tolerance)

    print(f'articles: gold {len(gold)}, predicted {len(pred)}, matched {len(pairs)} (tolerance {tolerance} lines)')
    print(f'boundary precision {ratio(len(pairs), len(pred))}')
    print(f'boundary recall    {ratio(len(pairs), len(gold))}')

    fields = {'title': same_text, 'outlet': same_outlet, 'author': same_text, 'language': lambda g, p: (g or '') == (p or '')}
    problems = []
    for name, same in fields.items():
        right = 0
        for g, p in pairs:
            if same(g.get(name), p.get(name)):
                right += 1
            else:
                problems.append(f"{name:8} {g['file']}:{g['start_line']}  gold {g.get(name)!r}  predicted {p.get(name)!r}")
        print(f'{name:8} right {ratio(right, len(pairs))}')

    stated = [(g, p) for g, p in pairs if g.get('date')]
    right = sum(1 for g, p in stated if p.get('date') == g['date'])
    for g, p in stated:
        if p.get('date') != g['date']:
            problems.append(f"date     {g['file']}:{g['start_line']}  gold {g['date']}  predicted {date_of(p)}")
    print(f'stated dates right {ratio(right, len(stated))}')

    inferred = [(g, p) for g, p in pairs if not g.get('date') and g.get('date_inferred')]
    ok = sum(1 for g, p in inferred if inside(g['date_inferred'], date_of(p)))
    unknown = sum(1 for g, p in inferred if not date_of(p))
    for g, p in inferred:
        if not inside(g['date_inferred'], date_of(p)):
            problems.append(f"inferred {g['file']}:{g['start_line']}  gold {g['date_inferred']}  predicted {date_of(p)}")
    print(f'inferred dates: right {ok}, wrong {len(inferred) - ok - unknown}, unknown {unknown} (of {len(inferred)})')

    def overlaps(a, b):
        return a['file'] == b['file'] and a['start_line'] <= b['end_line'] and b['start_line'] <= a['end_line']

    gold_boiler = [g for g in gold_rows if g.get('boilerplate')]
    pred_boiler = [p for p in pred_rows if p.get('boilerplate') and p['file'] in files]
    for inline in (False, True):
        gb = [g for g in gold_boiler if bool(g.get('inline')) == inline]
        found = [g for g in gb if any(overlaps(g, p) for p in pred_boiler)]
        label = 'inline boilerplate' if inline else 'boilerplate'
        print(f'{label} spans found {ratio(len(found), len(gb))}')
        for g in gb:
            if g not in found:
                problems.append(f"missed {label} {g['file']}:{g['start_line']}-{g['end_line']} {g.get('kind', '')[:60]}")
    stray = [p for p in pred_boiler if not any(overlaps(p, g) for g in gold_boiler)]
    print(f'boilerplate spans predicted where gold has none: {len(stray)} of {len(pred_boiler)}')

    if verbose:
        for g in gold:
            if not any(g is a for a, _ in pairs):
                print(f"MISS  {g['file']}:{g['start_line']}-{g['end_line']} {(g.get('title') or '')[:60]!r}")
        for i, p in enumerate(pred):
            if i not in used:
                print(f"EXTRA {p['file']}:{p['start_line']}-{p['end_line']} {(p.get('title') or '')[:60]!r}")
        for line in problems:
            print(line)
        for p in stray:
            print(f"stray boilerplate {p['file']}:{p['start_line']}-{p['end_line']}")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
