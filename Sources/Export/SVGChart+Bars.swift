extension SVGChart {
    /// Horizontal bars (e.g. archetype sizes): label on the left, bar, value text right of the bar.
    /// Bars start at zero; negative values draw as empty bars. Highlighted bars use the second accent colour.
    public static func horizontalBars(id: String, text: ChartText, bars: [Bar]) -> Node {
        guard !bars.isEmpty else { return emptyChart(id: id, kind: "horizontal-bars", text: text) }
        let row: Double = 24, barHeight: Double = 16, top = pad
        let labelWidth = columnWidth(bars.map(\.label), min: 40, max: 200)
        let valueWidth = columnWidth(bars.map(\.valueText), min: 0, max: 120)
        let labelX = pad + labelWidth
        let barX = labelX + 8
        let barMax = max(1, width - pad - valueWidth - 6 - barX)
        let maximum = bars.map { clean($0.value) }.max() ?? 0
        let height = top * 2 + Double(bars.count) * row

        var body: [Node] = bars.enumerated().map { index, bar in
            let middle = top + Double(index) * row + row / 2
            let value = max(0, clean(bar.value))
            var length = maximum > 0 ? value / maximum * barMax : 0
            if value > 0 { length = max(length, 1) }
            return Shape.group(class: bar.highlight ? "row highlight" : "row", [
                Shape.text(bar.label, x: labelX, y: middle + 4, anchor: "end", fill: Palette.ink, class: "label", maxWidth: labelWidth),
                Shape.rect(x: barX, y: middle - barHeight / 2, width: length, height: barHeight,
                           fill: bar.highlight ? Palette.accent2 : Palette.accent, class: bar.highlight ? "bar highlight" : "bar",
                           title: "\(bar.label): \(bar.valueText)"),
                Shape.text(bar.valueText, x: barX + length + 6, y: middle + 4, anchor: "start", fill: Palette.ink, class: "value",
                           maxWidth: max(valueWidth, 24)),
            ])
        }
        body.append(Shape.line(x1: barX, y1: top, x2: barX, y2: top + Double(bars.count) * row, stroke: Palette.muted, class: "axis"))
        return document(id: id, kind: "horizontal-bars", text: text, height: height, body: body)
    }

    /// Diverging bars around zero (e.g. standardized effects): positive values right of the zero axis in the accent
    /// colour, negative values left of it in the second accent colour, value texts at the bar ends. Highlighted bars
    /// get a bold label.
    public static func divergingBars(id: String, text: ChartText, bars: [Bar]) -> Node {
        guard !bars.isEmpty else { return emptyChart(id: id, kind: "diverging-bars", text: text) }
        let row: Double = 24, barHeight: Double = 16, top = pad
        let values = bars.map { clean($0.value) }
        let labelWidth = columnWidth(bars.map(\.label), min: 40, max: 180)
        let valueWidth = columnWidth(bars.map(\.valueText), min: 16, max: 100)
        // Bold labels run about a tenth wider than the width table says.
        let labelX = pad + labelWidth * (bars.contains(where: \.highlight) ? 1.12 : 1)
        let hasNegative = values.contains { $0 < 0 }, hasPositive = values.contains { $0 > 0 }
        // Room for value texts only on the sides that need it.
        let plotLeft = labelX + 8 + (hasNegative ? valueWidth + 6 : 0)
        let plotRight = width - pad - (hasPositive || !hasNegative ? valueWidth + 6 : 0)
        let plotWidth = max(1, plotRight - plotLeft)
        let low = min(0, values.min() ?? 0), high = max(0, values.max() ?? 0)
        let span = high - low
        let zeroX = span > 0 ? plotLeft + (-low) / span * plotWidth : plotLeft + plotWidth / 2
        let height = top * 2 + Double(bars.count) * row

        var body: [Node] = zip(bars, values).enumerated().map { index, item in
            let (bar, value) = item
            let middle = top + Double(index) * row + row / 2
            var length = span > 0 ? abs(value) / span * plotWidth : 0
            if value != 0 { length = max(length, 1) }
            let x = value < 0 ? zeroX - length : zeroX
            return Shape.group(class: bar.highlight ? "row highlight" : "row", [
                Shape.text(bar.label, x: labelX, y: middle + 4, anchor: "end", fill: Palette.ink, class: "label", maxWidth: labelWidth,
                           fontWeight: bar.highlight ? "600" : nil),
                Shape.rect(x: x, y: middle - barHeight / 2, width: length, height: barHeight,
                           fill: value < 0 ? Palette.accent2 : Palette.accent, class: value < 0 ? "bar negative" : "bar positive",
                           title: "\(bar.label): \(bar.valueText)"),
                value < 0
                    ? Shape.text(bar.valueText, x: x - 6, y: middle + 4, anchor: "end", fill: Palette.ink, class: "value", maxWidth: valueWidth)
                    : Shape.text(bar.valueText, x: x + length + 6, y: middle + 4, anchor: "start", fill: Palette.ink, class: "value",
                                 maxWidth: valueWidth),
            ])
        }
        body.append(Shape.line(x1: zeroX, y1: top, x2: zeroX, y2: top + Double(bars.count) * row, stroke: Palette.ink, class: "axis zero"))
        return document(id: id, kind: "diverging-bars", text: text, height: height, body: body)
    }
}
