#!/usr/bin/env python3
"""Drives Swagger UI in headless Chromium over the DevTools protocol (standard library only).

Usage: swagger_authorize_check.py APP_PORT DEVTOOLS_PORT

Opens /docs, presses Authorize, ticks petstore_auth's scopes and authorizes (the implicit flow
runs against the app's GET /oauth/authorize and comes back through /docs/oauth2-redirect.html),
then tries DELETE /pet/{petId} from the page: the request must carry the granted token and be
answered 404 (authorized, no such pet), not 401. Exits 1 on any failure.
"""
import base64
import json
import os
import socket
import struct
import sys
import time
import urllib.request

APP, DEVTOOLS = sys.argv[1], sys.argv[2]
OPERATION = "#operations-pet-deletePet"


class DevTools:
    """A minimal WebSocket client (RFC 6455 text frames) for one DevTools page."""

    def __init__(self, url):
        hostport, path = url[len("ws://"):].split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"no WebSocket: {head!r}")
        self.last_id = 0

    def _send(self, text):
        data, mask = text.encode(), os.urandom(4)
        n = len(data)
        if n < 126:
            header = bytes([0x81, 0x80 | n])
        elif n < 65536:
            header = bytes([0x81, 0x80 | 126]) + struct.pack(">H", n)
        else:
            header = bytes([0x81, 0x80 | 127]) + struct.pack(">Q", n)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exactly(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise EOFError("DevTools closed the connection")
            buf += chunk
        return buf

    def _receive(self):
        _, second = self._exactly(2)
        n = second & 0x7F
        if n == 126:
            n = struct.unpack(">H", self._exactly(2))[0]
        elif n == 127:
            n = struct.unpack(">Q", self._exactly(8))[0]
        return self._exactly(n).decode("utf-8", "replace")

    def call(self, method, params=None):
        self.last_id += 1
        self._send(json.dumps({"id": self.last_id, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self._receive())
            if message.get("id") == self.last_id:
                return message

    def evaluate(self, expression):
        answer = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True, "userGesture": True})
        return answer.get("result", {}).get("result", {}).get("value")

    def wait(self, expression, seconds=20):
        end = time.time() + seconds
        while time.time() < end:
            if self.evaluate(expression):
                return True
            time.sleep(0.3)
        return False


def check(condition, what):
    if not condition:
        print(f"authorize-browser-check: {what}")
        sys.exit(1)


def main():
    pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{DEVTOOLS}/json"))
    page = DevTools([p for p in pages if p["type"] == "page"][0]["webSocketDebuggerUrl"])
    page.call("Page.navigate", {"url": f"http://127.0.0.1:{APP}/docs"})
    check(page.wait("!!document.querySelector('.btn.authorize')"),
          "no Authorize button on " + str(page.evaluate("location.href")))
    page.evaluate("document.querySelector('.btn.authorize').click()")
    check(page.wait("document.querySelectorAll('.auth-container').length > 0"), "no dialog")
    clicked = page.evaluate("""(() => {
      const box = [...document.querySelectorAll('.auth-container')]
          .find(b => b.textContent.includes('petstore_auth'));
      if (!box) return false;
      box.querySelectorAll('input[type=checkbox]').forEach(c => { if (!c.checked) c.click(); });
      const button = [...box.querySelectorAll('button')]
          .find(b => b.textContent.trim() === 'Authorize');
      if (!button) return false;
      button.click();
      return true;
    })()""")
    check(clicked, "no petstore_auth Authorize button")
    authorized = "JSON.stringify(window.ui.authSelectors.authorized().toJS())"
    check(page.wait(authorized + ".includes('\"access_token\":\"special-key\"')"),
          "no token after Authorize: " + str(page.evaluate(authorized)) + " errors: "
          + str(page.evaluate("JSON.stringify(window.ui.errSelectors.allErrors().toJS())")))
    print("petstore_auth authorized with the demo token")

    page.evaluate("document.querySelector('.auth-wrapper .close-modal').click()")
    op = OPERATION
    check(page.wait(f"!!document.querySelector('{op} button.opblock-summary-control')"),
          "no deletePet operation")
    page.evaluate(f"document.querySelector('{op} button.opblock-summary-control').click()")
    check(page.wait(f"!!document.querySelector('{op} .try-out__btn')"), "no Try it out")
    page.evaluate(f"document.querySelector('{op} .try-out__btn').click()")
    check(page.wait(f"!!document.querySelector('{op} input[placeholder=\"petId\"]')"),
          "no petId field")
    page.evaluate(f"""(() => {{
      const input = document.querySelector('{op} input[placeholder="petId"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
          .call(input, '424242');
      input.dispatchEvent(new Event('input', {{bubbles: true}}));
      input.dispatchEvent(new Event('change', {{bubbles: true}}));
    }})()""")
    check(page.wait(f"document.querySelector('{op} input[placeholder=\"petId\"]').value"
                    " === '424242'"), "petId not set")
    time.sleep(0.5)  # React applies the value before Execute reads it
    page.evaluate(f"document.querySelector('{op} .execute').click()")
    cell = f"document.querySelector('{op} .live-responses-table tbody .response-col_status')"
    check(page.wait(f"!!{cell}"), "no answer to DELETE /pet/424242")
    status = page.evaluate(f"{cell}.textContent").strip()
    curl = page.evaluate(f"document.querySelector('{op} .curl-command').textContent")
    print(f"DELETE /pet/424242 from Swagger UI: {status}")
    check("Bearer special-key" in curl, "the request carried no token: " + curl)
    check(status.startswith("404"), "expected 404 (authorized, no such pet), got " + status)


if __name__ == "__main__":
    main()
