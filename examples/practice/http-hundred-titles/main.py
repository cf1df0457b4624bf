"""One aiohttp ClientSession sends 100 concurrent GET requests to a local aiohttp.web
server and reads the <title> of every page. The session's default pool allows 100
connections; the server holds every request until all 100 have arrived, which proves
they really were in flight at the same time. Server and client share one event loop.
"""

import asyncio
from html.parser import HTMLParser

import aiohttp
from aiohttp import web

REQUESTS = 100


class Barrier:
    """Lets the handlers go once n requests have arrived; remembers the peak."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.in_flight = 0
        self.peak = 0
        self.all = asyncio.Event()

    async def page(self, request: web.Request) -> web.Response:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self.n -= 1
        if self.n == 0:
            self.all.set()
        try:
            # Every request is in flight now; a smaller pool would wait the 5s out.
            await asyncio.wait_for(self.all.wait(), timeout=5)
        except TimeoutError:
            pass
        finally:
            self.in_flight -= 1
        n = request.match_info["n"]
        if n == "42":  # one page without a title, as real pages sometimes are
            body = "<html><body><p>no title here</p></body></html>"
        else:
            body = f"<html><head><title> Page {n} </title></head><body>…</body></html>"
        return web.Response(text=body, content_type="text/html")


class TitleParser(HTMLParser):
    """Keeps the text of the first <title> element; None if there is none."""

    def __init__(self) -> None:
        super().__init__()
        self.title: str | None = None
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title" and self.title is None:
            self.in_title, self.title = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data


async def fetch_title(session: aiohttp.ClientSession, url: str) -> str | None:
    """The notes' request(): GET the page and parse its title."""
    async with session.get(url) as response:  # released on leaving the block
        response.raise_for_status()
        html = await response.text()  # read in full: the connection can be reused
    parser = TitleParser()
    parser.feed(html)
    return None if parser.title is None else parser.title.strip()


async def main() -> None:
    barrier = Barrier(REQUESTS)
    app = web.Application()
    app.router.add_get("/page/{n}", barrier.page)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]

    # One session for the whole program: it owns the pool (100 connections by default).
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        urls = [f"http://{host}:{port}/page/{i}" for i in range(REQUESTS)]
        tasks = [asyncio.create_task(fetch_title(session, url)) for url in urls]
        # gather returns the results in the order of its arguments, not of completion.
        results = await asyncio.gather(*tasks, return_exceptions=True)
    await runner.cleanup()

    failed = sum(isinstance(r, BaseException) for r in results)
    titles = [r for r in results if isinstance(r, str)]
    missing = [f"/page/{i}" for i, r in enumerate(results) if r is None]
    # The lines are the Go program's, so one spec checks both.
    print(f"requests: {REQUESTS}, failed: {failed}")
    print(f"most requests in flight at once: {barrier.peak}")
    first_three = " ".join(f'"{t}"' for t in titles[:3])
    print(f"titles found: {len(titles)}, first three: [{first_three}]")
    print(f'last title: "{titles[-1]}"')
    print(f"pages without a <title>: [{' '.join(missing)}]")


asyncio.run(main())
