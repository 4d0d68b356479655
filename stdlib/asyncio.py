# The asyncio module of coro: the event loop, futures, tasks and the
# high-level functions, following CPython 3.11's asyncio so that callbacks
# run in the same order. The loop, Future, Task, gather, the policy and the
# startup path (run, run_until_complete, ensure_future) are native (module
# _asyncio, src/modules/asyncio); the rest is written here and compiled by
# coro itself when a program first uses it.

import sys
import time as _time
from _collections import deque
from _asyncio import (Future, Task, Handle, TimerHandle, EventLoop, CancelledError,
                      InvalidStateError, get_running_loop, _get_running_loop,
                      _set_running_loop, current_task, all_tasks, isfuture,
                      iscoroutine, gather, _load_part, _format_exception, _take_bytes,
                      _suspended_asyncgens, run, ensure_future, _runner_run, _runner_shut_down,
                      AbstractEventLoopPolicy, DefaultEventLoopPolicy,
                      get_event_loop_policy, set_event_loop_policy,
                      get_event_loop, set_event_loop, new_event_loop)


# The loop methods that the process part of the module
# (stdlib/asyncio_process.py) adds; the I/O part adds the others.
_PROCESS_METHODS = {"connect_read_pipe", "connect_write_pipe", "subprocess_exec", "subprocess_shell",
                    "_make_subprocess_transport"}


# Streams, servers, barriers, runners and subprocesses are compiled into
# this module the first time one of their names is asked for (see
# `module_getattr` in src/modules/asyncio/mod.rs).
from _asyncio import _module_getattr as __getattr__


TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    __module__ = "asyncio.exceptions"

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


# ---------------------------------------------------------------- the loop

class AbstractEventLoop:
    pass


class BaseEventLoop(EventLoop, AbstractEventLoop):
    # The scheduling core and run_until_complete are native; these are the
    # rarely used parts.
    _exception_handler = None
    _debug = False
    # Read by debug mode only, which coro does not have.
    slow_callback_duration = 0.1

    def __getattr__(self, name):
        # The I/O methods (create_connection, run_in_executor, ...) arrive
        # with the I/O part of the module, the pipe and subprocess methods
        # with the process part.
        if not _load_part("process" if name in _PROCESS_METHODS else "io"):
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        return getattr(self, name)

    def __repr__(self):
        return "<_UnixSelectorEventLoop running=%s closed=%s debug=%s>" % (
            self.is_running(), self.is_closed(), self._debug)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message")
        if not message:
            message = "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append("%s: %r" % (key, context[key]))
        text = "\n".join(lines)
        exc = context.get("exception")
        if exc is not None:
            if exc.__traceback__ is None and "handle" in context:
                # CPython's traceback starts in the loop's Handle._run
                # frame, which coro runs natively.
                text += "\nTraceback (most recent call last):"
            text += "\n" + _format_exception(exc).removesuffix("\n")
        # CPython logs it as an error of the "asyncio" logger, whose
        # output without logging's configuration (its last resort) is this
        # text on stderr: logging is asked only once it was imported.
        logging = sys.modules.get("logging")
        if logging is None:
            sys.stderr.write(text + "\n")
        else:
            logging.getLogger("asyncio").error(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            # An error in the program's handler goes to the default one.
            self.default_exception_handler({
                "message": "Unhandled error in exception handler",
                "exception": exc,
                "context": context,
            })

    async def shutdown_asyncgens(self):
        gens = _suspended_asyncgens()
        if not gens:
            return
        results = await gather(*[ag.aclose() for ag in gens], return_exceptions=True)
        for result, agen in zip(results, gens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": "an error occurred during closing of asynchronous generator %r" % (agen,),
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self):
        pass

    # Signals: the handle of each signal with a handler here; the signal
    # module tells the loop of each arrival (`_handle_signal`). The methods
    # come with the I/O part (stdlib/asyncio_io.py).
    _signal_handlers = None



class _UnixSelectorEventLoop(BaseEventLoop):
    def __init__(self, selector=None):
        super().__init__()
        # CPython's loop logs its selector; only a program that loaded
        # logging can have a handler to show it.
        logging = sys.modules.get("logging")
        if logging is not None:
            logging.getLogger("asyncio").debug("Using selector: EpollSelector")

    def close(self):
        for sig in list(self._signal_handlers or ()):
            self.remove_signal_handler(sig)
        super().close()


SelectorEventLoop = _UnixSelectorEventLoop


# ---------------------------------------------------------------- futures and tasks

def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def iscoroutinefunction(func):
    # As inspect's: through partials and bound methods to the function.
    from functools import partial
    while True:
        if isinstance(func, partial):
            func = func.func
        elif hasattr(func, "__func__") and hasattr(func, "__self__"):
            func = func.__func__
        else:
            break
    return getattr(func, "_is_coroutine", False) is True


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


class _Sleep0:
    def __await__(self):
        yield


# One awaitable serves every `sleep(0)`: each await makes its own generator.
_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# ---------------------------------------------------------------- wait, shield (gather is native)

def _task_get_stack(task, coro, exc, limit):
    # Task.get_stack, as CPython's base_tasks._task_get_stack: the frame of
    # the task's coroutine and those out from it (only its own while it is
    # suspended), or the frames of the exception it finished with.
    frames = []
    if hasattr(coro, 'cr_frame'):
        f = coro.cr_frame
    elif hasattr(coro, 'gi_frame'):
        f = coro.gi_frame
    elif hasattr(coro, 'ag_frame'):
        f = coro.ag_frame
    else:
        f = None
    if f is not None:
        while f is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(f)
            f = f.f_back
        frames.reverse()
    elif exc is not None:
        tb = exc.__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, coro, exc, limit, file):
    # Task.print_stack, as CPython's base_tasks._task_print_stack.
    import traceback
    from _traceback import _source_line
    extracted_list = []
    for f in task.get_stack(limit=limit):
        lineno = f.f_lineno
        co = f.f_code
        extracted_list.append((co.co_filename, lineno, co.co_name, _source_line(co.co_filename, lineno)))
    # With no file, the heading goes to stdout and the frames to stderr, as
    # in CPython (print and print_list default differently).
    if not extracted_list:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    traceback.print_list(extracted_list, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc.__class__, exc):
            print(line, file=file, end='')


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = {"n": len(fs)}

    def _on_completion(f):
        counter["n"] -= 1
        if (counter["n"] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    # A generator, as CPython's: nothing is scheduled before the first next().
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = [None]

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle[0] is not None:
            timeout_handle[0].cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError()
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle[0] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# Queues, locks, task groups and timeouts are loaded with the module, as
# CPython's asyncio loads them: compiling them on first use would stall a
# running loop for milliseconds, and make timers due meanwhile fire out of
# order.
_load_part("sync")
