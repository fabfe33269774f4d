/// Static SVG charts to inline in HTML: no scripts, no external resources, deterministic output.
///
/// Every chart is a complete `<svg>` element with `role="img"`, an accessible name (`<title>`) and description
/// (`<desc>`) wired through `aria-labelledby`, a fixed-width `viewBox` and `width="100%"`. Elements carry class
/// names (`chart`, `bar`, `axis`, `grid`, `label`, `value`, `legend`, …) for styling, and explicit fill/stroke
/// attributes so the charts read well without any stylesheet. Charts are ``Node`` trees, so caller text is always
/// escaped; numbers shown to the reader come from the caller, already formatted; `Double`s only drive geometry.
///
/// Each kind of chart has its file (`SVGChart+Bars`, `+Line`, `+StackedBar`), as do the shapes they are drawn
/// with, the legend, the geometry and the palette.
public enum SVGChart {
    /// Width of every chart's viewBox.
    static let width: Double = 640
    /// Outer margin.
    static let pad: Double = 8
    static let fontSize: Double = 12

    /// The `<svg>` element around a chart's body.
    static func document(id: String, kind: String, text: ChartText, height: Double, body: [Node]) -> Node {
        let base = chartID(id)
        let attributes: KeyValuePairs<StaticString, String?> = [
            "xmlns": "http://www.w3.org/2000/svg", "class": "chart chart-\(kind)", "role": "img",
            "aria-labelledby": "\(base)-title \(base)-desc", "viewBox": "0 0 \(num(width)) \(num(height))", "width": "100%",
            "font-family": "system-ui, sans-serif", "font-size": num(fontSize), "fill": Palette.ink,
        ]
        return .block("svg", attributes, [
            .element("title", ["id": "\(base)-title"], [.text(text.title)]),
            .element("desc", ["id": "\(base)-desc"], [.text(text.description)]),
        ] + body)
    }

    /// A chart with no data: a baseline and the caller's empty text.
    static func emptyChart(id: String, kind: String, text: ChartText) -> Node {
        document(id: id, kind: "\(kind) chart-empty", text: text, height: 64, body: [
            Shape.text(text.empty, x: width / 2, y: 32, anchor: "middle", fill: Palette.muted, class: "empty", maxWidth: width - 2 * pad),
            Shape.line(x1: pad, y1: 52, x2: width - pad, y2: 52, stroke: Palette.grid, class: "axis"),
        ])
    }

    /// A valid XML id from the caller's: letters, digits, `-` and `_` kept, anything else replaced by `-`; when the
    /// id had to change, a hash of the original is appended so different ids stay different.
    static func chartID(_ id: String) -> String {
        var out = ""
        var changed = false
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
            default: out += "-"; changed = true
            }
        }
        let first = out.unicodeScalars.first
        if !(first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" } ?? false) {
            out = out.isEmpty ? "chart" : "chart-" + out
            changed = true
        }
        guard changed else { return out }
        var hash: UInt32 = 2_166_136_261
        for byte in id.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return out + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
