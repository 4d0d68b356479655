# Long strings are split at word boundaries into implicitly concatenated pieces.
import pprint
text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(text, width=40)
pprint.pprint([text], width=40)
pprint.pprint({'key': text, 'lines': 'first line\nsecond line that is long\n\nlast'}, width=30)
pprint.pprint(('averyveryverylongwordwithoutanyspaceswhatsoeverthatcannotbesplit', 'x'), width=20)
print(pprint.pformat('short', width=1))
pprint.pprint('tab\tseparated\twords ' * 5, width=25)
# expect: ('The quick brown fox jumps over the '
# expect:  'lazy dog. The quick brown fox jumps '
# expect:  'over the lazy dog. The quick brown '
# expect:  'fox jumps over the lazy dog. The '
# expect:  'quick brown fox jumps over the lazy '
# expect:  'dog. ')
# expect: ['The quick brown fox jumps over the '
# expect:  'lazy dog. The quick brown fox jumps '
# expect:  'over the lazy dog. The quick brown '
# expect:  'fox jumps over the lazy dog. The '
# expect:  'quick brown fox jumps over the lazy '
# expect:  'dog. ']
# expect: {'key': 'The quick brown fox '
# expect:         'jumps over the lazy '
# expect:         'dog. The quick '
# expect:         'brown fox jumps '
# expect:         'over the lazy dog. '
# expect:         'The quick brown fox '
# expect:         'jumps over the lazy '
# expect:         'dog. The quick '
# expect:         'brown fox jumps '
# expect:         'over the lazy dog. ',
# expect:  'lines': 'first line\n'
# expect:           'second line that '
# expect:           'is long\n'
# expect:           '\n'
# expect:           'last'}
# expect: ('averyveryverylongwordwithoutanyspaceswhatsoeverthatcannotbesplit',
# expect:  'x')
# expect: 'short'
# expect: ('tab\tseparated\twords '
# expect:  'tab\tseparated\twords '
# expect:  'tab\tseparated\twords '
# expect:  'tab\tseparated\twords '
# expect:  'tab\tseparated\t'
# expect:  'words ')
