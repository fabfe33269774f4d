extension SVGChart {
    /// One part of a `stackedBar`. `color` is a CSS colour (`#rgb`, `#rrggbb`, or a name); anything else falls back
    /// to the palette.
    public struct Part: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var valueText: String
        public var color: String

        public init(label: String, value: Double, valueText: String, color: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.color = color
        }
    }

    /// One bar split into parts (e.g. healthy / watch / at risk), each in its own colour, with value texts inside the
    /// parts wide enough to hold them and a legend below. With no parts, or nothing above zero, shows `text.empty`.
    public static func stackedBar(id: String, text: ChartText, parts: [Part]) -> Node {
        guard !parts.isEmpty else { return emptyChart(id: id, kind: "stacked-bar", text: text) }
        // Shares of the largest part first, so that huge values cannot overflow the total.
        let raw = parts.map { max(0, clean($0.value)) }
        let peak = raw.max() ?? 0
        let values = raw.map { peak > 0 ? $0 / peak : 0 }
        let total = values.reduce(0, +)
        let colors = parts.enumerated().map { safeColor($0.element.color, fallback: $0.offset) }
        let barY = pad + 4, barHeight: Double = 28
        let left = pad, right = width - pad, barWidth = right - left

        var body: [Node]
        if total > 0 && total.isFinite {
            body = [Shape.group(class: "bar stacked", stackedParts(parts, lengths: values.map { $0 / total * barWidth }, colors: colors,
                                                                  x: left, y: barY, height: barHeight))]
        } else {
            body = [
                Shape.rect(x: left, y: barY, width: barWidth, height: barHeight, fill: Palette.grid, class: "bar track"),
                Shape.text(text.empty, x: width / 2, y: barY + barHeight / 2 + 4, anchor: "middle", fill: Palette.muted,
                           class: "empty", maxWidth: barWidth - 16),
            ]
        }
        for edge in [left, right] {
            body.append(Shape.line(x1: edge, y1: barY - 4, x2: edge, y2: barY + barHeight + 4, stroke: Palette.muted, class: "axis"))
        }
        let legend = legend(parts.enumerated().map { ($0.element.label, $0.element.valueText, colors[$0.offset]) },
                            x: left, y: barY + barHeight + 22, right: right)
        return document(id: id, kind: "stacked-bar", text: text, height: legend.bottom + pad, body: body + [legend.node])
    }

    /// The parts of a stacked bar side by side from `x`, each with its value text inside when it fits.
    private static func stackedParts(_ parts: [Part], lengths: [Double], colors: [String], x left: Double, y: Double,
                                     height: Double) -> [Node] {
        var shapes: [Node] = []
        var x = left
        for (index, part) in parts.enumerated() {
            let length = lengths[index]
            guard length > 0 else { continue }
            shapes.append(Shape.rect(x: x, y: y, width: length, height: height, fill: colors[index], class: "part",
                                     title: "\(part.label): \(part.valueText)", stroke: Palette.paper))
            let (shown, truncated) = fit(part.valueText, maxWidth: 200)
            if !truncated && textWidth(shown) + 10 <= length {
                shapes.append(Shape.text(part.valueText, x: x + length / 2, y: y + height / 2 + 4, anchor: "middle",
                                         fill: textColor(on: colors[index]), class: "value"))
            }
            x += length
        }
        return shapes
    }
}
