import StoryBuilder

/// Markup as a value, escaped by construction: pages and charts are trees of nodes, and only ``render()``, here,
/// writes markup.
///
/// - Text (``text(_:)``) and every attribute value go through the package's one escape, `escapeXML`.
/// - Element and attribute names are `StaticString`s: written in this program, never taken from data.
/// - Two nodes are written as they are, each for one use: ``trusted(rendered:)`` for HTML made by the escaping
///   Markdown renderer (a case story, a brief: two calls, in ``PackPages``), and ``literal(_:)`` for text compiled
///   into the program (the stylesheet, the doctype).
/// - An element with no children is written `<name/>` when it is void in HTML or a shape in SVG, and
///   `<name></name>` otherwise (a `<textarea/>` would swallow the page); a block element (``block(_:_:_:)``) puts
///   a line break after its start tag and after each child.
///
/// Why this builder and not Plot: Plot 0.14.0 writes attribute values unescaped, escapes text by `Character` (so a
/// `<` carrying a combining mark goes through) with its own rules rather than `escapeXML`, has no SVG, and would add
/// a dependency for what takes a hundred lines here. One small builder serves the pages and the charts alike and
/// keeps their bytes as they were.
public struct Node: Sendable {
    private enum Content: Sendable {
        case element(name: StaticString, attributes: [(name: StaticString, value: String)], children: [Node], block: Bool)
        case text(String)
        case trusted(String)
        case literal(StaticString)
        case fragment([Node])
    }

    private let content: Content

    /// Elements written `<name/>` when they have no children: HTML void elements and SVG shapes.
    private static let selfClosing: Set<String> = ["meta", "input", "br", "hr", "img", "link", "rect", "line", "path", "circle"]

    /// Text, escaped.
    static func text(_ text: String) -> Node { Node(content: .text(text)) }

    /// A line break between elements.
    static let newline = text("\n")

    /// The HTML doctype.
    static let doctype = literal("<!DOCTYPE html>")

    /// An element; attributes whose value is nil are left out, the others are written in the order given.
    static func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?>, _ children: [Node] = []) -> Node {
        make(name, attributes, children, block: false)
    }

    /// An element without attributes.
    static func element(_ name: StaticString, _ children: [Node] = []) -> Node { make(name, [:], children, block: false) }

    /// An element with a line break after its start tag and after each child.
    static func block(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?>, _ children: [Node]) -> Node {
        make(name, attributes, children, block: true)
    }

    /// A block element without attributes.
    static func block(_ name: StaticString, _ children: [Node]) -> Node { make(name, [:], children, block: true) }

    /// Nodes one after the other.
    static func fragment(_ nodes: [Node]) -> Node { Node(content: .fragment(nodes)) }

    /// Each node followed by a line break.
    static func lines(_ nodes: [Node]) -> Node { fragment(nodes.flatMap { [$0, newline] }) }

    /// HTML that the Markdown renderer wrote, escaping every character of text as it went: written as it is (control
    /// characters aside). Nothing else may come through here.
    static func trusted(rendered html: String) -> Node { Node(content: .trusted(html)) }

    /// Text compiled into the program, written as it is: for the stylesheet, whose quotes and `>` must stay.
    static func literal(_ text: StaticString) -> Node { Node(content: .literal(text)) }

    private static func make(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?>, _ children: [Node],
                             block: Bool) -> Node {
        let present = attributes.compactMap { attribute in attribute.value.map { (name: attribute.key, value: $0) } }
        return Node(content: .element(name: name, attributes: present, children: children, block: block))
    }

    /// The markup.
    public func render() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch content {
        case .text(let text): out += escapeXML(text)
        case .trusted(let html): out += replacingControls(html)
        case .literal(let text): out += text.description
        case .fragment(let nodes): for node in nodes { node.write(to: &out) }
        case .element(let name, let attributes, let children, let block):
            out += "<" + name.description
            for attribute in attributes { out += " " + attribute.name.description + "=\"" + escapeXML(attribute.value) + "\"" }
            if children.isEmpty && Self.selfClosing.contains(name.description) {
                out += "/>"
                return
            }
            out += block ? ">\n" : ">"
            for child in children {
                child.write(to: &out)
                if block { out += "\n" }
            }
            out += "</" + name.description + ">"
        }
    }
}
