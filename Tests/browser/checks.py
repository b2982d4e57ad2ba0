"""Checks that need the browser's own view of a page: axe-core, reflow, focus styles,
target sizes. Scripts run through WebDriver, which works with the page's JavaScript off
(except axe, which is asynchronous and needs a driver with JavaScript on)."""

import json

from selenium.webdriver.remote.webdriver import WebDriver

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(driver: WebDriver, axe_source: str) -> list[dict]:
    """Runs axe-core on the current page (injected through WebDriver, which the page's
    Content-Security-Policy does not govern) and returns its violations."""
    driver.execute_script(axe_source)
    assert driver.execute_script("return typeof window.axe === 'object'"), "axe-core could not be injected"
    driver.set_script_timeout(30)
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(results => done({version: axe.version, violations: results.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
              nodes: v.nodes.map(n => ({target: n.target, html: n.html, summary: n.failureSummary}))
          }))}))
          .catch(error => done({error: String(error)}));
        """,
        AXE_TAGS,
    )
    assert "error" not in result, f"axe.run failed: {result['error']}"
    assert result["version"].startswith("4."), f"expected axe-core 4.x, got {result['version']}"
    return result["violations"]


def describe_violations(by_page: dict[str, list[dict]]) -> str:
    """Violations grouped by page, one rule and its first elements per paragraph."""
    lines = []
    for page, violations in by_page.items():
        if not violations:
            continue
        lines.append(f"\n== {page}")
        for violation in violations:
            lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
            for node in violation["nodes"][:5]:
                lines.append(f"      at {' '.join(map(str, node['target']))}: {node['html'][:160]}")
                if node["summary"]:
                    lines.append("        " + node["summary"].replace("\n", "\n        "))
            if len(violation["nodes"]) > 5:
                lines.append(f"      … and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


def horizontal_overflow(driver: WebDriver) -> dict:
    """Whether the page scrolls sideways, and the elements that reach past the viewport."""
    return driver.execute_script(
        """
        const root = document.documentElement;
        const width = root.clientWidth;
        const culprits = [];
        for (const element of document.body.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          // Its box, or its content (a long word in a heading), reaches past the viewport.
          const right = Math.max(box.right, box.left + element.scrollWidth);
          if (box.width > 0 && right > width + 0.5 && !element.closest('.visually-hidden, .skip-link')) {
            culprits.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
              + (element.className ? '.' + String(element.className).trim().replace(/\\s+/g, '.') : '')
              + ' right=' + Math.round(right));
          }
        }
        return {scrollWidth: root.scrollWidth, clientWidth: width, culprits: culprits.slice(0, 12)};
        """
    )


def assert_no_horizontal_scroll(driver: WebDriver, page: str) -> None:
    overflow = horizontal_overflow(driver)
    assert overflow["scrollWidth"] <= overflow["clientWidth"], (
        f"{page} scrolls sideways at a {overflow['clientWidth']} px wide viewport "
        f"(content {overflow['scrollWidth']} px); widest elements: {json.dumps(overflow['culprits'], ensure_ascii=False)}"
    )


def option_targets(driver: WebDriver) -> list[dict]:
    """Every radio and checkbox row of the page: the row's box, the box of label and input
    together, and which element a tap at the row's corners would hit."""
    return driver.execute_script(
        """
        const rows = [];
        for (const option of document.querySelectorAll('.option')) {
          const input = option.querySelector('input');
          const label = option.querySelector('label');
          let row = option.getBoundingClientRect();
          if (row.top < 0 || row.bottom > window.innerHeight) {  // hit-testing needs it on screen
            option.scrollIntoView({block: 'start'});
            row = option.getBoundingClientRect();
          }
          const a = input.getBoundingClientRect(), b = label.getBoundingClientRect();
          const top = Math.min(a.top, b.top), bottom = Math.max(a.bottom, b.bottom);
          // Just inside the corners (clear of a 2 px border) and in the gap beside the input.
          const hits = [[row.left + 5, row.top + 5], [row.right - 5, row.bottom - 5], [a.right + 3, row.top + row.height / 2]]
            .filter(([x, y]) => x >= row.left && y >= row.top)
            .map(([x, y]) => document.elementFromPoint(x, y))
            .map(hit => hit === input || hit === label);
          rows.push({id: input.id, text: label.textContent.trim(), rowHeight: row.height, rowWidth: row.width,
                     pairHeight: bottom - top, hitsChoose: hits.every(Boolean)});
        }
        window.scrollTo(0, 0);
        return rows;
        """
    )


# The interactive elements of a page, in document order. Each is identified by its index
# in this list, so that the focused element can be matched with its unfocused style.
# Controls hidden from everyone (`aria-hidden` and out of the tab order, like the respondent
# form's honeypot field) are not controls a person uses, so they are not counted.
_INTERACTIVE = ", ".join(
    selector + ":not([aria-hidden='true'] *)"
    for selector in ["a[href]", "button:not([hidden])", "input:not([type=hidden])", "textarea", "select", "[tabindex]:not([tabindex='-1'])"]
)

_STYLE_OF = """
function styleOf(element) {
  const style = getComputedStyle(element);
  return {outline: style.outlineStyle === 'none' ? 'none' : style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
          shadow: style.boxShadow};
}
"""


def unfocused_styles(driver: WebDriver) -> list[dict]:
    """Outline and box-shadow of every interactive element while none has focus."""
    return driver.execute_script(
        _STYLE_OF + """
        if (document.activeElement) document.activeElement.blur();
        return Array.from(document.querySelectorAll(arguments[0])).map(element => Object.assign(styleOf(element), {
          tag: element.tagName.toLowerCase(), type: element.type || '', name: element.name || '', id: element.id,
          text: (element.textContent || element.value || '').trim().slice(0, 40)
        }));
        """,
        _INTERACTIVE,
    )


def focused_element(driver: WebDriver) -> dict:
    """The focused element: its index among the interactive elements, and its style now."""
    return driver.execute_script(
        _STYLE_OF + """
        const element = document.activeElement;
        if (!element || element === document.body) return {index: -1};
        const index = Array.from(document.querySelectorAll(arguments[0])).indexOf(element);
        return Object.assign(styleOf(element), {index: index, tag: element.tagName.toLowerCase(), id: element.id,
                                                 className: String(element.className)});
        """,
        _INTERACTIVE,
    )
