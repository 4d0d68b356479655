# An uncaught OSError from an os call names the path; the call leaves no frame of its own
import os
os.stat("/nonexistent/coro/path")
# expect error: FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/coro/path'
# expect exit: 1
