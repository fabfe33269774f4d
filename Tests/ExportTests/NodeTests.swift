import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Export
import StoryBuilder

/// The markup builder: the forms it writes, and hostile text in every text and attribute slot, which stays text.
@Suite struct NodeTests {
    static let hostile = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><img onerror=alert(1)>", "Tom & Jerry", "&amp;", "&#x3C;",
        "\"double\" and 'single'", "a\u{0}b\u{7}c\u{1B}[31m\u{7F}\u{85}\u{9B}", "line\r\nbreak\rcarriage", "\u{202E}gnp.exe", "\u{2066}x\u{2069}",
        "<\u{301}script>", ">\u{338}", "&\u{301}amp;", "]]>", "<!--", "-->", "<![CDATA[x]]>", "\u{FFFE}\u{FFFF}", "", "e\u{301} 日本 👩‍👩‍👧‍👦",
    ]

    @Test func elementsAreWrittenInTheFormsPagesNeed() {
        #expect(Node.element("meta", ["charset": "utf-8"]).render() == #"<meta charset="utf-8"/>"#)
        #expect(Node.element("textarea", ["id": "goals"]).render() == #"<textarea id="goals"></textarea>"#)
        #expect(Node.element("rect", ["x": "1"], [.element("title", [.text("t")])]).render() == #"<rect x="1"><title>t</title></rect>"#)
        #expect(Node.element("option", ["value": "en", "selected": nil], [.text("English")]).render() == #"<option value="en">English</option>"#)
        #expect(Node.block("ul", [.element("li"), .element("li")]).render() == "<ul>\n<li></li>\n<li></li>\n</ul>")
        #expect(Node.lines([.doctype, .element("p", [.text("a"), .newline, .text("b")])]).render() == "<!DOCTYPE html>\n<p>a\nb</p>\n")
        #expect(Node.trusted(rendered: "<em>x</em>\u{1B}").render() == "<em>x</em>\u{FFFD}")
    }

    /// Every hostile string in every slot: the output parses as XML, holds only the elements built, gives back each
    /// string as it was in each text and attribute (control characters replaced), and holds no markup, no control
    /// character and no `<`, `>` or `&` carrying a combining mark.
    @Test(arguments: hostile)
    func hostileTextStaysText(_ text: String) throws {
        let tree = Node.block("root", ["class": text, "title": text], [
            .text(text),
            .element("p", ["data-a": text, "data-b": nil], [.text(text), .element("em", [.text(text)])]),
            .element("meta", ["content": text]),
            .lines([.text(text), .fragment([.text(text), .element("span", [.text(text)])])]),
            SVGChart.Shape.text(text, x: 1, y: 2, anchor: text, fill: text, class: text, maxWidth: 20, fontWeight: text),
            SVGChart.Shape.rect(x: 0, y: 0, width: 1, height: 1, fill: text, class: text, title: text, stroke: text),
            SVGChart.Shape.line(x1: 0, y1: 0, x2: 1, y2: 1, stroke: text, class: text),
            SVGChart.Shape.group(class: text, [.text(text)]),
            SVGChart.legend([(text, text, text), (text, nil, text)], x: 0, y: 0, right: 100).node,
        ])
        let markup = tree.render()
        let elements = try #require(parseMarkup(markup), "not well-formed: \(markup)")
        #expect(elements.map(\.name).filter { $0 != "title" }
                == ["root", "p", "em", "meta", "span", "text", "rect", "line", "g", "g", "rect", "text", "tspan", "rect", "text"])
        let asText = replacingControls(text)
        // An XML parser turns line breaks and tabs in attribute values into spaces.
        let asAttribute = asText.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        func first(_ name: String) throws -> ParsedElement { try #require(elements.first { $0.name == name }) }
        #expect(try first("root").attributes == ["class": asAttribute, "title": asAttribute])
        #expect(try first("p").attributes == ["data-a": asAttribute])
        #expect(try first("meta").attributes == ["content": asAttribute])
        #expect(try first("em").text == asText && first("span").text == asText)
        let shown = try first("text").attributes
        #expect(["class", "text-anchor", "fill", "font-weight"].allSatisfy { shown[$0] == asAttribute })
        #expect(try ["class", "fill", "stroke"].allSatisfy { try first("rect").attributes[$0] == asAttribute })
        #expect(try first("rect").attributes["stroke-width"] == "1" && first("title").text == asText)
        #expect(try ["class", "stroke"].allSatisfy { try first("line").attributes[$0] == asAttribute })
        #expect(try first("g").attributes == ["class": asAttribute])
        #expect(elements.filter { $0.attributes["class"] == "swatch" }.map { $0.attributes["fill"] } == [asAttribute, asAttribute])
        #expect(!markup.contains("<script") && !markup.contains("<img") && !markup.contains("<!") && !markup.contains("]]>"))
        #expect(!holdsControl(markup))
        let scalars = markup.unicodeScalars
        #expect(!zip(scalars, scalars.dropFirst()).contains { "<>&".unicodeScalars.contains($0) && $1.properties.isGraphemeExtend })
    }
}

/// An element an XML parser found: its name, attributes and the text directly inside it.
private struct ParsedElement {
    var name: String
    var attributes: [String: String]
    var text = ""
}

/// The elements of `markup` in document order; nil when it is not well-formed XML.
private func parseMarkup(_ markup: String) -> [ParsedElement]? {
    final class Delegate: NSObject, XMLParserDelegate {
        var elements: [ParsedElement] = []
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(ParsedElement(name: elementName, attributes: attributeDict))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }
    }
    let parser = XMLParser(data: Data(markup.utf8))
    let delegate = Delegate()
    parser.delegate = delegate
    guard parser.parse(), delegate.open.isEmpty else { return nil }
    return delegate.elements
}
