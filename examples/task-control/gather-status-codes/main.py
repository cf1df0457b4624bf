"""asyncio.gather(*requests, return_exceptions=True): each request gets its own
place in the result list, a status code or the exception it raised, so one bad
URL does not hide the others.

fetch_status stands for an HTTP GET without any network: the page answers after
300ms, a missing page at once with 404, and a URL with a bad scheme or host
fails before any request is made. So the first request finishes last, and its
result is still the first one.
"""

import asyncio
from urllib.parse import urlsplit


async def fetch_status(url: str) -> int:
    """Return the status code of a GET of url (simulated)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"unsupported URL scheme {parts.scheme!r}")
    if " " in parts.netloc:
        raise ValueError(f"invalid host name {parts.netloc!r}")
    if parts.path in ("", "/"):
        await asyncio.sleep(0.3)  # the page takes a while
        return 200
    await asyncio.sleep(0.01)  # a 404 comes at once
    return 404


async def main() -> None:
    urls = [
        "http://example.com/",
        "python://example.com",
        "http://example.com/missing",
        "http://bad host/",
    ]
    requests = [fetch_status(url) for url in urls]
    results = await asyncio.gather(*requests, return_exceptions=True)

    for i, (url, result) in enumerate(zip(urls, results)):
        if isinstance(result, Exception):
            print(f"{i} {url}: error: {result!r}")
        else:
            print(f"{i} {url}: status {result}")
    exceptions = [res for res in results if isinstance(res, Exception)]
    successful = [res for res in results if not isinstance(res, Exception)]
    print("succeeded:", successful)
    print("failed:", exceptions)


asyncio.run(main())
