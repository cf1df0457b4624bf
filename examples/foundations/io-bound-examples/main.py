"""The notes' three I/O-bound examples: an HTTP request, an SQL query and a
file read. The servers are local and answer after a fixed delay, standing for
a slow network. Each operation is timed, and the process's CPU time shows
where that time went: almost all of it was spent waiting."""

import base64
import http.client
import json
import os
import sqlite3
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LATENCY = 0.3  # how long each server takes to answer, in seconds


class Handler(BaseHTTPRequestHandler):
    def reply(self, status: int, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # no access log on stderr
        pass


class UserAPI(Handler):
    """A slow remote API: it answers with the login of an HTTP Basic user."""

    def do_GET(self):
        time.sleep(LATENCY)
        scheme, _, token = self.headers.get("Authorization", "").partition(" ")
        if scheme == "Basic":
            user = base64.b64decode(token).decode().partition(":")[0]
            self.reply(200, json.dumps({"login": user}))
        else:
            self.reply(401, "no credentials")


class FakeDB(Handler):
    """Stands for a database server on the network: it runs the SQL it is sent
    on an in-memory SQLite database and answers with the rows, after the
    latency."""

    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(
        "CREATE TABLE users (name TEXT);"
        "INSERT INTO users VALUES ('alice'), ('bob'), ('carol');"
    )

    def do_POST(self):
        sql = self.rfile.read(int(self.headers["Content-Length"])).decode()
        time.sleep(LATENCY)  # the server looks the rows up
        self.reply(200, json.dumps(self.db.execute(sql).fetchall()))


def serve(handler: type[Handler]) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def request(server, method, path, body=None, headers=None):
    """Send one request to a local server; return the response and its body."""
    conn = http.client.HTTPConnection(*server.server_address)
    try:
        conn.request(method, path, body, headers or {})
        resp = conn.getresponse()
        return resp, resp.read().decode()
    finally:
        conn.close()


def rounded(seconds: float) -> str:
    """A duration rounded to 10ms, written as Go writes it (0s, 300ms)."""
    ms = round(seconds * 100) * 10
    return f"{ms}ms" if ms else "0s"


def yes(ok: bool) -> str:
    """true or false, as Go writes a bool."""
    return str(ok).lower()


def main() -> None:
    api, db = serve(UserAPI), serve(FakeDB)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "text.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("Hello from a file\n")
        io_bound_examples(api, db, path)


def io_bound_examples(api, db, path: str) -> None:
    start, cpu_start = time.perf_counter(), time.process_time()

    # 001-01: r = requests.get(url, auth=('user', 'pass'))
    t = time.perf_counter()
    token = base64.b64encode(b"user:pass").decode()
    auth = {"Authorization": f"Basic {token}"}
    resp, body = request(api, "GET", "/user", headers=auth)
    took = rounded(time.perf_counter() - t)
    print(f"HTTP GET /user: {resp.status} {resp.reason} {body}, took {took}")

    # 001-02: users = conn.execute("SELECT * FROM users")
    t = time.perf_counter()
    resp, body = request(db, "POST", "/", "SELECT * FROM users")
    users = [name for (name,) in json.loads(body)]
    took = rounded(time.perf_counter() - t)
    print(f"SQL query: {len(users)} rows [{' '.join(users)}], took {took}")

    # 001-03: data = open('text.txt').read(); with closes the file at once.
    t = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        data = f.read()
    fast = yes(time.perf_counter() - t < 0.05)
    print(f"read text.txt: {json.dumps(data)}, under 50ms: {fast}")

    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"all three took {rounded(wall)} of wall time")
    quarter = yes(cpu < wall / 4)
    print(f"CPU time used: {rounded(cpu)}, under a quarter of the wall time: {quarter}")


if __name__ == "__main__":
    main()
