# The gc module: collect() runs the collector; enable/disable/isenabled record the setting.
import gc
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
# expect: True
# expect: False
x = [[i] for i in range(1000)]; del x
print(gc.collect() >= 0, gc.get_threshold())
# expect: True (700, 10, 10)
