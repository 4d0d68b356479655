# sys.path starts with the script's folder and is one list a program may
# change; sys.getdefaultencoding() is 'utf-8'.
import sys
here = __file__[:__file__.rfind("/")]
print(sys.path[0] == here, isinstance(sys.path, list))
sys.path.insert(0, "/nowhere")
print(sys.path[0], sys.path[1] == here, sys.getdefaultencoding())
# expect: True True
# expect: /nowhere True utf-8
