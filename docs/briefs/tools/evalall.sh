#!/bin/bash
# usage: evalall.sh TAG [WT]  -> /tmp/me/SESSION/m/{dev22,real,bh,bi,bj}_TAG.{json,txt}
# SESSION: replace with the session folder name (e.g. s62); the link folders /tmp/me/SESSION/{dev,bh,...} come from scripts/dev_gold.py
TAG=$1; WT=${2:-/work/main}; O=/tmp/me/SESSION/m; mkdir -p $O; cd $WT
PY=/work/main/.venv/bin/python
OMP_THREAD_LIMIT=1 PYTHONPATH=. $PY scripts/real_eval.py --reference ../shared/reference --db $O/real_$TAG.duckdb --json $O/real_$TAG.json > $O/real_$TAG.txt 2>/dev/null
for s in bh bi bj; do OMP_THREAD_LIMIT=1 PYTHONPATH=. $PY scripts/real_eval.py --gold /tmp/me/SESSION/$s --reference /work/webprobe --db $O/${s}_$TAG.duckdb --json $O/${s}_$TAG.json > $O/${s}_$TAG.txt 2>/dev/null; done
OMP_THREAD_LIMIT=1 PYTHONPATH=. $PY scripts/real_eval.py --gold /tmp/me/SESSION/dev22 --reference /work/webprobe --db $O/dev22_$TAG.duckdb --json $O/dev22_$TAG.json --examples > $O/dev22_$TAG.txt 2>/dev/null
echo done $TAG
