# asctime uses the formatter's converter, default_time_format and default_msec_format, or datefmt.
import logging, time
record = logging.makeLogRecord({'msg': 'timed', 'created': 1700000000.125, 'msecs': 125.0})
f = logging.Formatter('%(asctime)s %(msecs)03d %(message)s')
f.converter = time.gmtime
print(f.format(record), record.asctime)
f = logging.Formatter('%(asctime)s|%(message)s', datefmt='%d/%m/%Y %H-%M-%S')
f.converter = time.gmtime
print(f.format(record))
logging.Formatter.converter = time.gmtime
print(logging.Formatter('{asctime} {message}', style='{').format(record))
print(logging.Formatter('${asctime} $message', style='$').format(record))
print(logging.Formatter('$asctime $message', style='$').usesTime(), logging.Formatter('%(message)s').usesTime())
class NoMillis(logging.Formatter):
    default_msec_format = None
print(NoMillis('%(asctime)s').format(record))
class Iso(logging.Formatter):
    default_time_format = '%Y-%m-%dT%H:%M:%S'
    default_msec_format = '%s.%03dZ'
print(Iso('%(asctime)s').format(record))
print(logging.Formatter().formatTime(record, '%Y'))
# expect: 2023-11-14 22:13:20,125 125 timed 2023-11-14 22:13:20,125
# expect: 14/11/2023 22-13-20|timed
# expect: 2023-11-14 22:13:20,125 timed
# expect: 2023-11-14 22:13:20,125 timed
# expect: True False
# expect: 2023-11-14 22:13:20
# expect: 2023-11-14T22:13:20.125Z
# expect: 2023
