extension SVGChart {
    /// One entry of a legend: a swatch, a label and, muted, an optional value.
    typealias LegendItem = (label: String, value: String?, color: String)

    /// A legend of swatches and texts flowing left to right from `x`, wrapping before `right`, and the y below its
    /// last row.
    static func legend(_ items: [LegendItem], x: Double, y: Double, right: Double) -> (node: Node, bottom: Double) {
        let rowHeight: Double = 20, swatch: Double = 10
        var cx = x, cy = y
        var entries: [Node] = []
        for item in items {
            let (label, labelCut) = fit(item.label, maxWidth: 200)
            let (value, valueCut) = fit(item.value ?? "", maxWidth: 120)
            var itemWidth = swatch + 6 + textWidth(label)
            if item.value != nil { itemWidth += 6 + textWidth(value) }
            if cx > x && cx + itemWidth > right {
                cx = x
                cy += rowHeight
            }
            entries.append(Shape.rect(x: cx, y: cy - swatch / 2, width: swatch, height: swatch, fill: item.color, class: "swatch"))
            var text: [Node] = []
            if labelCut || valueCut { text.append(.element("title", [.text(item.label + (item.value.map { " " + $0 } ?? ""))])) }
            text.append(.text(label))
            if item.value != nil { text.append(.element("tspan", ["class": "value", "dx": "6", "fill": Palette.muted], [.text(value)])) }
            entries.append(.element("text", ["class": "label", "x": num(cx + swatch + 6), "y": num(cy + 4), "fill": Palette.ink], text))
            cx += itemWidth + 20
        }
        return (Shape.group(class: "legend", entries), cy + rowHeight / 2)
    }
}
