# Loggers form a dotted hierarchy: parents, placeholders, effective levels and propagation.
import logging, sys
root = logging.getLogger()
print(root, logging.getLogger('root') is root, logging.getLogger('') is root, logging.root is root)
deep = logging.getLogger('a.b.c')
print(deep.parent is root)
middle = logging.getLogger('a.b')
print(deep.parent is middle, middle.parent is root)
top = logging.getLogger('a')
print(middle.parent is top, top.getChild('b') is middle, top.getChild('b.c') is deep, root.getChild('a') is top)
print(type(logging.Logger.manager.loggerDict['a']).__name__, sorted(n for n in logging.Logger.manager.loggerDict if n.startswith('a')))
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
top.addHandler(handler)
top.setLevel(logging.INFO)
print(deep.getEffectiveLevel(), deep.level, deep.isEnabledFor(logging.DEBUG), deep.isEnabledFor(logging.INFO))
deep.debug('not shown')
deep.info('shown through a')
middle.setLevel(logging.ERROR)
deep.warning('not shown: a.b wants ERROR')
deep.error('shown')
middle.propagate = False
own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter('only a.b handler: %(message)s'))
middle.addHandler(own)
deep.critical('stops at a.b')
middle.removeHandler(own)
middle.propagate = True
deep.disabled = True
deep.critical('disabled logger')
deep.disabled = False
print(deep, middle, top, root)
print(deep.hasHandlers(), logging.getLogger('other').hasHandlers())
top.removeHandler(handler)
print(top.handlers)
# expect: <RootLogger root (WARNING)> True True True
# expect: True
# expect: True True
# expect: True True True True
# expect: Logger ['a', 'a.b', 'a.b.c']
# expect: 20 0 False True
# expect: a.b.c:INFO:shown through a
# expect: a.b.c:ERROR:shown
# expect: only a.b handler: stops at a.b
# expect: <Logger a.b.c (ERROR)> <Logger a.b (ERROR)> <Logger a (INFO)> <RootLogger root (WARNING)>
# expect: True False
# expect: []
