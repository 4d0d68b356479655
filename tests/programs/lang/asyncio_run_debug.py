# asyncio.run(debug=...) sets the loop's debug mode.
import asyncio
async def main():
    print(asyncio.get_running_loop().get_debug())
asyncio.run(main(), debug=True)
asyncio.run(main(), debug=False)
asyncio.run(main())
# expect: True
# expect: False
# expect: False
