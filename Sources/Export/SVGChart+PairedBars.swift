extension SVGChart {
    /// One pair of values (before/after) for `pairedBars`.
    public struct Pair: Sendable, Equatable {
        public var label: String
        public var before: Double
        public var after: Double
        public var beforeText: String
        public var afterText: String

        public init(label: String, before: Double, after: Double, beforeText: String, afterText: String) {
            self.label = label
            self.before = before
            self.after = after
            self.beforeText = beforeText
            self.afterText = afterText
        }
    }

    /// Two bars per group (before in muted grey, after in the accent colour) with value texts and a legend naming the
    /// two series. Each group is scaled to its own maximum (groups may have different units): say so in the
    /// description. Negative values draw as empty bars.
    public static func pairedBars(id: String, text: ChartText, series: (before: String, after: String), pairs: [Pair]) -> Node {
        guard !pairs.isEmpty else { return emptyChart(id: id, kind: "paired-bars", text: text) }
        let barHeight: Double = 12, gap: Double = 3, groupGap: Double = 14
        let groupHeight = barHeight * 2 + gap + groupGap
        let labelWidth = columnWidth(pairs.map(\.label), min: 40, max: 200)
        let valueWidth = columnWidth(pairs.flatMap { [$0.beforeText, $0.afterText] }, min: 0, max: 120)
        let labelX = pad + labelWidth
        let barX = labelX + 8
        let barMax = max(1, width - pad - valueWidth - 6 - barX)

        // Legend, aligned with the bars.
        let legend = legend([(series.before, nil, Palette.muted), (series.after, nil, Palette.accent)], x: barX, y: pad + 10, right: width - pad)
        let top = legend.bottom + 10
        let groups = pairs.enumerated().map { index, pair in
            let groupTop = top + Double(index) * groupHeight
            let before = max(0, clean(pair.before)), after = max(0, clean(pair.after))
            let maximum = max(before, after)
            func length(_ value: Double) -> Double {
                guard maximum > 0, value > 0 else { return 0 }
                return max(1, value / maximum * barMax)
            }
            let middle = groupTop + barHeight + gap / 2
            var shapes = [Shape.text(pair.label, x: labelX, y: middle + 4, anchor: "end", fill: Palette.ink, class: "label", maxWidth: labelWidth)]
            let rows = [
                (length(before), pair.beforeText, Palette.muted, "bar before", series.before),
                (length(after), pair.afterText, Palette.accent, "bar after", series.after),
            ]
            for (offset, (length, valueText, fill, kind, name)) in rows.enumerated() {
                let y = groupTop + Double(offset) * (barHeight + gap)
                shapes.append(Shape.rect(x: barX, y: y, width: length, height: barHeight, fill: fill, class: kind,
                                         title: "\(pair.label), \(name): \(valueText)"))
                shapes.append(Shape.text(valueText, x: barX + length + 6, y: y + barHeight / 2 + 4, anchor: "start", fill: Palette.ink,
                                         class: "value", maxWidth: max(valueWidth, 24)))
            }
            shapes.append(Shape.line(x1: barX, y1: groupTop - 2, x2: barX, y2: groupTop + barHeight * 2 + gap + 2, stroke: Palette.muted,
                                     class: "axis"))
            return Shape.group(class: "group", shapes)
        }
        let height = top + Double(pairs.count) * groupHeight - groupGap + pad
        return document(id: id, kind: "paired-bars", text: text, height: height, body: [legend.node] + groups)
    }
}
