extension SVGChart {
    /// A line with an area fill (e.g. weekly activity), a y axis with 3–4 gridlines above the baseline labelled by
    /// `yLabel`, and x labels at the caller's tick positions (indices into `values`; labels that would overlap the
    /// previous one are left out). The y range always includes zero; non-finite values count as zero.
    public static func line(id: String, text: ChartText, values: [Double], xTicks: [(index: Int, label: String)],
                            yLabel: (Double) -> String) -> Node {
        guard !values.isEmpty else { return emptyChart(id: id, kind: "line", text: text) }
        let plot = LinePlot(points: values.map(clean), yLabel: yLabel)
        return document(id: id, kind: "line", text: text, height: LinePlot.height,
                        body: [plot.yAxis()] + plot.curve() + plot.axes() + [plot.xAxis(xTicks)])
    }

    /// The geometry of a line chart: the plot area, the y range and its ticks, and where each point goes.
    struct LinePlot {
        static let height: Double = 220
        let points: [Double]
        let ticks: [Double]
        let tickLabels: [String]
        let yLabelWidth: Double
        let low: Double, high: Double
        let top: Double = 12, bottom = Self.height - 30
        let left: Double, right = width - pad - 12

        init(points: [Double], yLabel: (Double) -> String) {
            var low = min(0, points.min() ?? 0), high = max(0, points.max() ?? 0)
            if high - low <= 0 { high = low + 1 }
            let ticks = niceTicks(low: low, high: high)
            self.points = points
            self.ticks = ticks
            self.low = min(low, ticks.first ?? low)
            self.high = max(high, ticks.last ?? high)
            tickLabels = ticks.map(yLabel)
            yLabelWidth = columnWidth(tickLabels, min: 16, max: 120)
            left = pad + yLabelWidth + 8
        }

        func x(_ index: Int) -> Double {
            let plotWidth = right - left
            return points.count > 1 ? left + Double(index) / Double(points.count - 1) * plotWidth : left + plotWidth / 2
        }

        func y(_ value: Double) -> Double { bottom - (value - low) / (high - low) * (bottom - top) }

        /// Where zero is, or the nearest edge of the range.
        var zeroY: Double { y(min(max(0, low), high)) }

        /// Gridlines above the baseline and the y labels.
        func yAxis() -> Node {
            Shape.group(class: "y-axis", ticks.enumerated().flatMap { index, tick in
                let ty = y(tick)
                return (index > 0 ? [Shape.line(x1: left, y1: ty, x2: right, y2: ty, stroke: Palette.grid, class: "grid")] : [])
                    + [Shape.text(tickLabels[index], x: left - 6, y: ty + 4, anchor: "end", fill: Palette.muted, class: "label",
                                  maxWidth: yLabelWidth)]
            })
        }

        /// The area under the line, the line, and a dot when there is a single point.
        func curve() -> [Node] {
            let line = points.indices.map { (index: Int) in (index == 0 ? "M" : "L") + num(x(index)) + " " + num(y(points[index])) }.joined()
            var shapes: [Node] = []
            if points.count > 1 {
                let area = "M" + num(x(0)) + " " + num(zeroY) + "L" + line.dropFirst() + "L" + num(x(points.count - 1)) + " " + num(zeroY) + "Z"
                shapes.append(.element("path", ["class": "area", "d": area, "fill": Palette.accent, "fill-opacity": "0.12", "stroke": "none"]))
            }
            shapes.append(.element("path", ["class": "line", "d": line, "fill": "none", "stroke": Palette.accent, "stroke-width": "2",
                                             "stroke-linejoin": "round", "stroke-linecap": "round"]))
            if points.count == 1 {
                shapes.append(.element("circle", ["class": "point", "cx": num(x(0)), "cy": num(y(points[0])), "r": "3", "fill": Palette.accent]))
            }
            return shapes
        }

        /// The zero line when the range goes below zero, then the left and bottom axes.
        func axes() -> [Node] {
            (low < 0 && high > 0 ? [Shape.line(x1: left, y1: zeroY, x2: right, y2: zeroY, stroke: Palette.muted, class: "axis zero")] : []) + [
                Shape.line(x1: left, y1: top, x2: left, y2: bottom, stroke: Palette.muted, class: "axis y"),
                Shape.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: Palette.muted, class: "axis x"),
            ]
        }

        /// X ticks in index order, leaving out labels that would collide with the previous one.
        func xAxis(_ xTicks: [(index: Int, label: String)]) -> Node {
            let ordered = xTicks.enumerated()
                .filter { points.indices.contains($0.element.index) }
                .sorted { ($0.element.index, $0.offset) < ($1.element.index, $1.offset) }
                .map(\.element)
            var shapes: [Node] = []
            var lastRight = -Double.infinity
            for tick in ordered {
                let tx = x(tick.index)
                let (shown, truncated) = fit(tick.label, maxWidth: 120)
                let labelWidth = textWidth(shown)
                var anchor = "middle", textX = tx, box = (tx - labelWidth / 2, tx + labelWidth / 2)
                if box.0 < pad {
                    (anchor, textX, box) = ("start", pad, (pad, pad + labelWidth))
                } else if box.1 > width - pad {
                    (anchor, textX, box) = ("end", width - pad, (width - pad - labelWidth, width - pad))
                }
                guard box.0 >= lastRight + 8 else { continue }
                lastRight = box.1
                shapes.append(Shape.line(x1: tx, y1: bottom, x2: tx, y2: bottom + 4, stroke: Palette.muted, class: "axis tick"))
                shapes.append(Shape.text(tick.label, x: textX, y: bottom + 18, anchor: anchor, fill: Palette.muted, class: "label",
                                         shown: (shown, truncated)))
            }
            return Shape.group(class: "x-axis", shapes)
        }
    }
}
