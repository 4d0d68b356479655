# string.Template: substitute, safe_substitute, $$, ${name}, error messages, custom delimiter/idpattern/braceidpattern/flags, is_valid, get_identifiers.
import string
T = string.Template
for s in ['$', 'a$', 'x\n$ y', 'ab\ncd\n$1', '${a', '${a b}', '$}', '${}', '${1}', 'é$é']:
    try:
        print(repr(T(s).substitute(a=1)))
    except Exception as e:
        print(type(e).__name__, e)
    print(repr(T(s).safe_substitute()))
class D(T):
    delimiter = '%%'
    idpattern = '[a-z]+_[a-z]+'
print(D('%%ab_cd %%%% %%x').safe_substitute(ab_cd=3))
print(D.idpattern, T.braceidpattern, T.delimiter)
class E(T):
    braceidpattern = '[0-9]+'
print(E('${12} ${a} $a').safe_substitute({'12': 1, 'a': 2}))
print(T('$aÉ').substitute(a=1))
print(T('$a').substitute({'a': 1}, a=2))
try: T('$a').substitute({}, {})
except Exception as e: print(type(e).__name__, e)
try: T('$a').substitute()
except Exception as e: print(type(e).__name__, repr(e))
print(T('$a $b ${a} $$ $').is_valid(), T('$a $b ${a} $$ $c').get_identifiers())
t = T('x$y')
print(t.template)
class F(T):
    flags = 0
print(F('$Ab $ab').safe_substitute(ab=1))
# expect: ValueError Invalid placeholder in string: line 1, col 1
# expect: '$'
# expect: ValueError Invalid placeholder in string: line 1, col 2
# expect: 'a$'
# expect: ValueError Invalid placeholder in string: line 2, col 1
# expect: 'x\n$ y'
# expect: ValueError Invalid placeholder in string: line 3, col 1
# expect: 'ab\ncd\n$1'
# expect: ValueError Invalid placeholder in string: line 1, col 1
# expect: '${a'
# expect: ValueError Invalid placeholder in string: line 1, col 1
# expect: '${a b}'
# expect: ValueError Invalid placeholder in string: line 1, col 1
# expect: '$}'
# expect: ValueError Invalid placeholder in string: line 1, col 1
# expect: '${}'
# expect: ValueError Invalid placeholder in string: line 1, col 1
# expect: '${1}'
# expect: ValueError Invalid placeholder in string: line 1, col 2
# expect: 'é$é'
# expect: 3 %% %%x
# expect: [a-z]+_[a-z]+ None $
# expect: 1 ${a} 2
# expect: 1É
# expect: 2
# expect: TypeError Template.substitute() takes from 1 to 2 positional arguments but 3 were given
# expect: KeyError KeyError('a')
# expect: False ['a', 'b', 'c']
# expect: x$y
# expect: $Ab 1
