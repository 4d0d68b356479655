# Wrong arguments to the loop's, futures' and tasks' methods and to asyncio's
# functions raise CPython's TypeErrors: its loop methods and most functions
# are written in Python, its Future and Task in C.
import asyncio
async def c(): pass
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = loop.create_task(c())
    tests = {
     "f.set_result()": lambda: f.set_result(),
     "f.set_result(1,2)": lambda: f.set_result(1, 2),
     "f.set_exception()": lambda: f.set_exception(),
     "f.result(1)": lambda: f.result(1),
     "f.exception(1)": lambda: f.exception(1),
     "f.done(1)": lambda: f.done(1),
     "f.cancelled(1)": lambda: f.cancelled(1),
     "f.cancel(1,2)": lambda: f.cancel(1, 2),
     "f.cancel(x=1)": lambda: f.cancel(x=1),
     "f.add_done_callback()": lambda: f.add_done_callback(),
     "f.add_done_callback(print, 1)": lambda: f.add_done_callback(print, 1),
     "f.add_done_callback(print, x=1)": lambda: f.add_done_callback(print, x=1),
     "f.remove_done_callback()": lambda: f.remove_done_callback(),
     "f.get_loop(1)": lambda: f.get_loop(1),
     "t.get_name(1)": lambda: t.get_name(1),
     "t.set_name()": lambda: t.set_name(),
     "t.get_coro(1)": lambda: t.get_coro(1),
     "t.cancelling(1)": lambda: t.cancelling(1),
     "t.uncancel(1)": lambda: t.uncancel(1),
     "t.cancel(1,2)": lambda: t.cancel(1, 2),
     "asyncio.Future(1)": lambda: asyncio.Future(1),
     "asyncio.Future(x=1)": lambda: asyncio.Future(x=1),
     "asyncio.Task()": lambda: asyncio.Task(),
     "asyncio.Task(1, 2)": lambda: asyncio.Task(1, 2),
     "asyncio.Task(1, x=1)": lambda: asyncio.Task(1, x=1),
     "asyncio.current_task(1,2)": lambda: asyncio.current_task(1, 2),
     "asyncio.all_tasks(1,2)": lambda: asyncio.all_tasks(1, 2),
     "asyncio.get_running_loop(1)": lambda: asyncio.get_running_loop(1),
     "asyncio.get_event_loop(1)": lambda: asyncio.get_event_loop(1),
     "asyncio.ensure_future()": lambda: asyncio.ensure_future(),
     "asyncio.sleep()": lambda: asyncio.sleep(),
     "asyncio.gather(x=1)": lambda: asyncio.gather(x=1),
     "asyncio.isfuture()": lambda: asyncio.isfuture(),
     "asyncio.iscoroutine()": lambda: asyncio.iscoroutine(),
     "loop.time(1)": lambda: loop.time(1),
     "loop.is_running(1)": lambda: loop.is_running(1),
     "loop.is_closed(1)": lambda: loop.is_closed(1),
     "loop.stop(1)": lambda: loop.stop(1),
     "loop.close(1)": lambda: loop.close(1),
     "loop.run_forever(1)": lambda: loop.run_forever(1),
     "loop.run_until_complete()": lambda: loop.run_until_complete(),
     "loop.get_task_factory(1)": lambda: loop.get_task_factory(1),
     "loop.set_task_factory()": lambda: loop.set_task_factory(),
     "loop.set_task_factory(5)": lambda: loop.set_task_factory(5),
     "loop.call_at(1)": lambda: loop.call_at(1),
     "loop.call_later()": lambda: loop.call_later(),
     "loop.call_soon(print, x=1)": lambda: loop.call_soon(print, x=1),
     "loop.create_future(1)": lambda: loop.create_future(1),
     "loop.create_task()": lambda: loop.create_task(),
     "loop.create_task(1, 2)": lambda: loop.create_task(1, 2),
     "loop.call_exception_handler()": lambda: loop.call_exception_handler(),
     "loop.set_exception_handler()": lambda: loop.set_exception_handler(),
     "loop.set_exception_handler(5)": lambda: loop.set_exception_handler(5),
     "loop.get_debug(1)": lambda: loop.get_debug(1),
    }
    for k, fn in tests.items():
        try:
            r = fn()
            if asyncio.iscoroutine(r): r.close()
            print(k, "-> no error")
        except Exception as e:
            print(k, "->", type(e).__name__ + ":", e)
    t.cancel()
asyncio.run(main())
# expect: f.set_result() -> TypeError: Future.set_result() takes exactly one argument (0 given)
# expect: f.set_result(1,2) -> TypeError: Future.set_result() takes exactly one argument (2 given)
# expect: f.set_exception() -> TypeError: Future.set_exception() takes exactly one argument (0 given)
# expect: f.result(1) -> TypeError: Future.result() takes no arguments (1 given)
# expect: f.exception(1) -> TypeError: Future.exception() takes no arguments (1 given)
# expect: f.done(1) -> TypeError: Future.done() takes no arguments (1 given)
# expect: f.cancelled(1) -> TypeError: Future.cancelled() takes no arguments (1 given)
# expect: f.cancel(1,2) -> TypeError: cancel() takes at most 1 argument (2 given)
# expect: f.cancel(x=1) -> TypeError: 'x' is an invalid keyword argument for cancel()
# expect: f.add_done_callback() -> TypeError: add_done_callback() takes exactly 1 positional argument (0 given)
# expect: f.add_done_callback(print, 1) -> TypeError: add_done_callback() takes exactly 1 positional argument (2 given)
# expect: f.add_done_callback(print, x=1) -> TypeError: 'x' is an invalid keyword argument for add_done_callback()
# expect: f.remove_done_callback() -> TypeError: Future.remove_done_callback() takes exactly one argument (0 given)
# expect: f.get_loop(1) -> TypeError: Future.get_loop() takes no arguments (1 given)
# expect: t.get_name(1) -> TypeError: Task.get_name() takes no arguments (1 given)
# expect: t.set_name() -> TypeError: Task.set_name() takes exactly one argument (0 given)
# expect: t.get_coro(1) -> TypeError: Task.get_coro() takes no arguments (1 given)
# expect: t.cancelling(1) -> TypeError: Task.cancelling() takes no arguments (1 given)
# expect: t.uncancel(1) -> TypeError: Task.uncancel() takes no arguments (1 given)
# expect: t.cancel(1,2) -> TypeError: cancel() takes at most 1 argument (2 given)
# expect: asyncio.Future(1) -> TypeError: Future() takes no positional arguments
# expect: asyncio.Future(x=1) -> TypeError: 'x' is an invalid keyword argument for Future()
# expect: asyncio.Task() -> TypeError: Task() missing required argument 'coro' (pos 1)
# expect: asyncio.Task(1, 2) -> TypeError: Task() takes exactly 1 positional argument (2 given)
# expect: asyncio.Task(1, x=1) -> TypeError: 'x' is an invalid keyword argument for Task()
# expect: asyncio.current_task(1,2) -> TypeError: current_task() takes from 0 to 1 positional arguments but 2 were given
# expect: asyncio.all_tasks(1,2) -> TypeError: all_tasks() takes from 0 to 1 positional arguments but 2 were given
# expect: asyncio.get_running_loop(1) -> TypeError: _asyncio.get_running_loop() takes no arguments (1 given)
# expect: asyncio.get_event_loop(1) -> TypeError: _asyncio.get_event_loop() takes no arguments (1 given)
# expect: asyncio.ensure_future() -> TypeError: ensure_future() missing 1 required positional argument: 'coro_or_future'
# expect: asyncio.sleep() -> TypeError: sleep() missing 1 required positional argument: 'delay'
# expect: asyncio.gather(x=1) -> TypeError: gather() got an unexpected keyword argument 'x'
# expect: asyncio.isfuture() -> TypeError: isfuture() missing 1 required positional argument: 'obj'
# expect: asyncio.iscoroutine() -> TypeError: iscoroutine() missing 1 required positional argument: 'obj'
# expect: loop.time(1) -> TypeError: BaseEventLoop.time() takes 1 positional argument but 2 were given
# expect: loop.is_running(1) -> TypeError: BaseEventLoop.is_running() takes 1 positional argument but 2 were given
# expect: loop.is_closed(1) -> TypeError: BaseEventLoop.is_closed() takes 1 positional argument but 2 were given
# expect: loop.stop(1) -> TypeError: BaseEventLoop.stop() takes 1 positional argument but 2 were given
# expect: loop.close(1) -> TypeError: _UnixSelectorEventLoop.close() takes 1 positional argument but 2 were given
# expect: loop.run_forever(1) -> TypeError: BaseEventLoop.run_forever() takes 1 positional argument but 2 were given
# expect: loop.run_until_complete() -> TypeError: BaseEventLoop.run_until_complete() missing 1 required positional argument: 'future'
# expect: loop.get_task_factory(1) -> TypeError: BaseEventLoop.get_task_factory() takes 1 positional argument but 2 were given
# expect: loop.set_task_factory() -> TypeError: BaseEventLoop.set_task_factory() missing 1 required positional argument: 'factory'
# expect: loop.set_task_factory(5) -> TypeError: task factory must be a callable or None
# expect: loop.call_at(1) -> TypeError: BaseEventLoop.call_at() missing 1 required positional argument: 'callback'
# expect: loop.call_later() -> TypeError: BaseEventLoop.call_later() missing 2 required positional arguments: 'delay' and 'callback'
# expect: loop.call_soon(print, x=1) -> TypeError: BaseEventLoop.call_soon() got an unexpected keyword argument 'x'
# expect: loop.create_future(1) -> TypeError: BaseEventLoop.create_future() takes 1 positional argument but 2 were given
# expect: loop.create_task() -> TypeError: BaseEventLoop.create_task() missing 1 required positional argument: 'coro'
# expect: loop.create_task(1, 2) -> TypeError: BaseEventLoop.create_task() takes 2 positional arguments but 3 were given
# expect: loop.call_exception_handler() -> TypeError: BaseEventLoop.call_exception_handler() missing 1 required positional argument: 'context'
# expect: loop.set_exception_handler() -> TypeError: BaseEventLoop.set_exception_handler() missing 1 required positional argument: 'handler'
# expect: loop.set_exception_handler(5) -> TypeError: A callable object or None is expected, got 5
# expect: loop.get_debug(1) -> TypeError: BaseEventLoop.get_debug() takes 1 positional argument but 2 were given
