# The loop's default exception handler logs through the 'asyncio' logger once logging is imported: its configuration formats, redirects or silences the report.
import asyncio
import logging

class FirstAndLastLine(logging.Handler):
    def emit(self, record):
        lines = self.format(record).splitlines()
        print(len(lines) > 3, lines[0], "|", lines[-1])

handler = FirstAndLastLine()
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
logging.getLogger().addHandler(handler)

async def boom():
    raise ValueError("lost")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("first done")
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("second done, silenced")

asyncio.run(main())
# expect: True ERROR:asyncio:Task exception was never retrieved | ValueError: lost
# expect: first done
# expect: second done, silenced
