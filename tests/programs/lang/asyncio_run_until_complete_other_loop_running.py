# run_until_complete on another loop while one runs raises before it wraps
# the coroutine in a task (so no "Task was destroyed but it is pending!").
import asyncio

async def sub():
    return 1

async def main():
    other = asyncio.new_event_loop()
    c = sub()
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(len(asyncio.all_tasks(other)), other.is_running())
    c.close()
    f = other.create_future()
    try:
        other.run_until_complete(f)
    except RuntimeError as e:
        print("future:", e)
    print(f.done())
    other.close()
    c = sub()
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print("own loop:", e)
    c.close()

asyncio.run(main())
print("done")
# expect: RuntimeError: Cannot run the event loop while another loop is running
# expect: 0 False
# expect: future: Cannot run the event loop while another loop is running
# expect: False
# expect: own loop: This event loop is already running
# expect: done
# expect no error: Task was destroyed
