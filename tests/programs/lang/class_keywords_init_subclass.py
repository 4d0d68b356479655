# Class statement keywords go to __init_subclass__ (object's refuses them).
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins[cls.plugin_name] = priority
class Alpha(Plugin, name="a", priority=5): pass
class Beta(Plugin): pass
class Gamma(Beta, priority=2): pass
print(Plugin.plugins, Gamma.plugin_name, Alpha.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(x=1): pass
except TypeError as e:
    print("TypeError", e)
# expect: {'a': 5, 'beta': 0, 'gamma': 2} gamma a
# expect: TypeError Bad.__init_subclass__() takes no keyword arguments
# expect: TypeError Bad2.__init_subclass__() takes no keyword arguments
