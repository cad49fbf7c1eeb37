#!/usr/bin/env python3
"""Drives headless Chromium through chromedriver (the W3C WebDriver protocol, standard library
only) over the example app's pages: searches the pet list, opens a pet's page, submits the add-pet
form with an error (expects the 422 page with the message next to the field and the values kept)
and then correctly with a photo chosen in its file input (expects the redirect to the new pet's
page naming the photo, and the photo served back byte for byte). Used by pages-browser-check.sh.

    pages_browser_form.py BASE_URL CHROMEDRIVER_PORT CHROMIUM_BINARY

Prints one line per check and exits 1 if any failed.
"""
import json
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request

BASE, DRIVER_PORT, CHROMIUM = sys.argv[1], sys.argv[2], sys.argv[3]
DRIVER = "http://127.0.0.1:%s" % DRIVER_PORT
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
failures = []


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(DRIVER + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.loads(answer.read())["value"]
    except urllib.error.HTTPError as error:  # e.g. no such element: say which and why
        raise SystemExit("chromedriver %s %s: %s" % (method, path, error.read().decode()[:500]))


def check(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else ": " + detail))
    if not ok:
        failures.append(what)


session = call("POST", "/session", {"capabilities": {"alwaysMatch": {
    "browserName": "chrome",
    "goog:chromeOptions": {"binary": CHROMIUM, "args": [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]}}}})["sessionId"]
S = "/session/" + session


def go(url):
    call("POST", S + "/url", {"url": url})


def find(css):
    return call("POST", S + "/element", {"using": "css selector", "value": css})[ELEMENT]


def finds(css):
    return [e[ELEMENT] for e in
            call("POST", S + "/elements", {"using": "css selector", "value": css})]


def text(css):
    return call("GET", S + "/element/%s/text" % find(css))


def attribute(css, name):
    return call("GET", S + "/element/%s/property/%s" % (find(css), name))


def type_into(css, value):
    element = find(css)
    call("POST", S + "/element/%s/clear" % element, {})
    call("POST", S + "/element/%s/value" % element, {"text": value})


def script(text):
    return call("POST", S + "/execute/sync", {"script": text, "args": []})


def click(css):
    """Clicks and, as a click may return before the page it submits to has loaded, waits until
    a new document has replaced the current one and is complete."""
    script("window.kilnOldPage = true;")
    call("POST", S + "/element/%s/click" % find(css), {})
    for _ in range(100):
        if script("return window.kilnOldPage !== true && document.readyState === 'complete';"):
            return
        time.sleep(0.05)
    raise SystemExit("no new page after clicking " + css)


def url():
    return call("GET", S + "/url")


try:
    # the list and its search form
    go(BASE + "/ui/pets")
    names = [call("GET", S + "/element/%s/text" % e) for e in finds("#pets tbody td a")]
    check("the list shows the pets added before", "Rex" in names and "Tom <b>" in names,
          str(names))
    type_into("#q", "re")
    click("form.search button")
    check("the search form goes to ?q=re", url().endswith("/ui/pets?q=re"), url())
    names = [call("GET", S + "/element/%s/text" % e) for e in finds("#pets tbody td a")]
    check("the search finds Rex only", names == ["Rex"], str(names))
    check("the search box keeps the query", attribute("#q", "value") == "re")

    # a pet's page, reached by its link
    click("#pets tbody td a")
    check("the link opens the pet's page", url().endswith("/ui/pets/1"), url())
    check("the pet's page shows its name and category",
          text("#name") == "Rex" and text("#category") == "Dogs",
          text("#name") + " / " + text("#category"))
    # site.css: "body { ... max-width: 48rem }", at 16px a rem
    width = script("return getComputedStyle(document.body).maxWidth")
    check("the stylesheet from /static applies", width == "768px", width)

    # the add-pet form: an error shown next to its field, the values kept
    go(BASE + "/ui/pets/new")
    type_into("#name", "   ")
    type_into("#category", "Fish")
    click("#add-pet button")
    check("a blank name comes back on the form", url().endswith("/ui/pets"), url())
    check("the name's error is next to the field", text("#name-error") == "must not be blank",
          text("#name-error"))
    color = script("return getComputedStyle(document.querySelector('#name-error')).color")
    check("the error is styled as one", color == "rgb(176, 0, 32)", color)
    check("no error for the category", finds("#category-error") == [])
    check("the category typed is kept", attribute("#category", "value") == "Fish")

    # the same form, now valid and with a photo chosen (the file input sends it multipart):
    # redirected to the new pet's page, which names the photo; the photo comes back unchanged
    type_into("#name", "Browser Rex")
    call("POST", S + "/element/%s/click" % find("#status option[value=pending]"), {})  # no page
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 1024  # 256 KiB: spilled to a file
    folder = tempfile.mkdtemp()
    photo_path = os.path.join(folder, "browser.png")
    with open(photo_path, "wb") as out:
        out.write(photo)
    call("POST", S + "/element/%s/value" % find("#photo"), {"text": photo_path})
    click("#add-pet button")
    check("a valid form redirects to the new pet's page", "/ui/pets/" in url()
          and url().rstrip("/").split("/")[-1].isdigit(), url())
    check("the new pet's page shows what was typed",
          text("#name") == "Browser Rex" and text("#category") == "Fish"
          and text("#status") == "pending",
          text("#name") + " / " + text("#category") + " / " + text("#status"))
    check("the new pet's page names its photo",
          text("#photo") == "browser.png (image/png, %d bytes)" % len(photo), text("#photo"))
    with urllib.request.urlopen(url() + "/photo", timeout=30) as got:
        check("the photo is served back byte for byte", got.read() == photo)
    os.remove(photo_path)
    os.rmdir(folder)
    go(BASE + "/ui/pets?q=browser")
    names = [call("GET", S + "/element/%s/text" % e) for e in finds("#pets tbody td a")]
    check("the list finds the new pet", names == ["Browser Rex"], str(names))
finally:
    call("DELETE", S)

print("form checks: %d failed" % len(failures))
sys.exit(1 if failures else 0)
