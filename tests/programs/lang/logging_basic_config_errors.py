# basicConfig refuses unknown styles, conflicting destinations and unknown arguments.
import logging, sys
for kwargs in (dict(style='x'), dict(stream=sys.stdout, filename='log.txt'), dict(handlers=[], stream=sys.stdout),
               dict(stream=sys.stdout, bogus=1, other=2), dict(stream=sys.stdout, format='%(message)'),
               dict(stream=sys.stdout, format='no fields at all')):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
# expect: ValueError: Style must be one of: %,{,$
# expect: ValueError: 'stream' and 'filename' should not be specified together
# expect: ValueError: 'stream' or 'filename' should not be specified together with 'handlers'
# expect: ValueError: Unrecognised argument(s): bogus, other
# expect: ValueError: Invalid format '%(message)' for '%' style
# expect: ValueError: Invalid format 'no fields at all' for '%' style
