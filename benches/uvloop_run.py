# Runs a benchmark program under CPython with uvloop's event loop, so that
# `../shared/bench/run --cmd "python3 benches/uvloop_run.py" benches/X.py`
# gives uvloop's ratio to stock CPython (pip install uvloop).
import runpy
import sys

import uvloop

uvloop.install()
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
