import StoryBuilder
import Foundation

/// The words of a chart: its accessible name, its longer description and what to show when there is no data.
public struct ChartText: Sendable, Equatable {
    public var title: String
    public var description: String
    public var empty: String

    public init(title: String, description: String, empty: String) {
        self.title = title
        self.description = description
        self.empty = empty
    }
}

/// One bar: a label, a value used for geometry and the value as the reader should see it (already formatted).
public struct Bar: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var valueText: String
    public var highlight: Bool = false

    public init(label: String, value: Double, valueText: String, highlight: Bool = false) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.highlight = highlight
    }
}

/// Static SVG charts to inline in HTML: no scripts, no external resources, deterministic output.
///
/// Every chart is a complete `<svg>` element with `role="img"`, an accessible name (`<title>`) and description
/// (`<desc>`) wired through `aria-labelledby`, a fixed-width `viewBox` and `width="100%"`. Elements carry class
/// names (`chart`, `bar`, `axis`, `grid`, `label`, `value`, `legend`, …) for styling, and explicit fill/stroke
/// attributes so the charts read well without any stylesheet. Caller text is always XML-escaped; numbers shown
/// to the reader come from the caller, already formatted; `Double`s only drive geometry.
public enum SVGChart {
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

    /// The palette.
    enum Palette {
        static let ink = "#1f2933"
        static let muted = "#7b8794"
        static let accent = "#2f6fed"
        static let accent2 = "#e8833a"
        static let good = "#2f9e44"
        static let bad = "#d64545"
        static let grid = "#e4e7eb"
        static let paper = "#ffffff"
        /// Fallbacks for invalid part colours, in order.
        static let series = [accent, accent2, good, bad, muted, ink]
    }

    /// Width of every chart's viewBox.
    static let width: Double = 640
    /// Outer margin.
    static let pad: Double = 8
    static let fontSize: Double = 12

    // MARK: - Horizontal bars

    /// Horizontal bars (e.g. archetype sizes): label on the left, bar, value text right of the bar.
    /// Bars start at zero; negative values draw as empty bars. Highlighted bars use the second accent colour.
    public static func horizontalBars(id: String, text: ChartText, bars: [Bar]) -> String {
        guard !bars.isEmpty else { return emptyChart(id: id, kind: "horizontal-bars", text: text) }
        let row: Double = 24, barHeight: Double = 16, top = pad
        let labelWidth = columnWidth(bars.map(\.label), min: 40, max: 200)
        let valueWidth = columnWidth(bars.map(\.valueText), min: 0, max: 120)
        let labelX = pad + labelWidth
        let barX = labelX + 8
        let barMax = max(1, width - pad - valueWidth - 6 - barX)
        let maximum = bars.map { clean($0.value) }.max() ?? 0
        let height = top * 2 + Double(bars.count) * row

        var svg = Writer()
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * row
            let middle = rowTop + row / 2
            let value = max(0, clean(bar.value))
            var length = maximum > 0 ? value / maximum * barMax : 0
            if value > 0 { length = max(length, 1) }
            svg.open("g", ["class": bar.highlight ? "row highlight" : "row"])
            svg.text(bar.label, x: labelX, y: middle + 4, anchor: "end", fill: Palette.ink, class: "label", maxWidth: labelWidth)
            svg.rect(x: barX, y: middle - barHeight / 2, width: length, height: barHeight,
                     fill: bar.highlight ? Palette.accent2 : Palette.accent, class: bar.highlight ? "bar highlight" : "bar",
                     title: "\(bar.label): \(bar.valueText)")
            svg.text(bar.valueText, x: barX + length + 6, y: middle + 4, anchor: "start", fill: Palette.ink, class: "value",
                     maxWidth: max(valueWidth, 24))
            svg.close("g")
        }
        svg.line(x1: barX, y1: top, x2: barX, y2: top + Double(bars.count) * row, stroke: Palette.muted, class: "axis")
        return document(id: id, kind: "horizontal-bars", text: text, height: height, body: svg.out)
    }

    // MARK: - Diverging bars

    /// Diverging bars around zero (e.g. standardized effects): positive values right of the zero axis in the accent
    /// colour, negative values left of it in the second accent colour, value texts at the bar ends. Highlighted bars
    /// get a bold label.
    public static func divergingBars(id: String, text: ChartText, bars: [Bar]) -> String {
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

        var svg = Writer()
        for (index, bar) in bars.enumerated() {
            let value = values[index]
            let middle = top + Double(index) * row + row / 2
            var length = span > 0 ? abs(value) / span * plotWidth : 0
            if value != 0 { length = max(length, 1) }
            let x = value < 0 ? zeroX - length : zeroX
            svg.open("g", ["class": bar.highlight ? "row highlight" : "row"])
            svg.text(bar.label, x: labelX, y: middle + 4, anchor: "end", fill: Palette.ink, class: "label", maxWidth: labelWidth,
                     extra: bar.highlight ? ["font-weight": "600"] : [:])
            svg.rect(x: x, y: middle - barHeight / 2, width: length, height: barHeight,
                     fill: value < 0 ? Palette.accent2 : Palette.accent, class: value < 0 ? "bar negative" : "bar positive",
                     title: "\(bar.label): \(bar.valueText)")
            if value < 0 {
                svg.text(bar.valueText, x: x - 6, y: middle + 4, anchor: "end", fill: Palette.ink, class: "value", maxWidth: valueWidth)
            } else {
                svg.text(bar.valueText, x: x + length + 6, y: middle + 4, anchor: "start", fill: Palette.ink, class: "value",
                         maxWidth: valueWidth)
            }
            svg.close("g")
        }
        svg.line(x1: zeroX, y1: top, x2: zeroX, y2: top + Double(bars.count) * row, stroke: Palette.ink, class: "axis zero")
        return document(id: id, kind: "diverging-bars", text: text, height: height, body: svg.out)
    }

    // MARK: - Paired bars

    /// Two bars per group (before in muted grey, after in the accent colour) with value texts and a legend naming the
    /// two series. Each group is scaled to its own maximum (groups may have different units): say so in the
    /// description. Negative values draw as empty bars.
    public static func pairedBars(id: String, text: ChartText, series: (before: String, after: String), pairs: [Pair]) -> String {
        guard !pairs.isEmpty else { return emptyChart(id: id, kind: "paired-bars", text: text) }
        let barHeight: Double = 12, gap: Double = 3, groupGap: Double = 14
        let groupHeight = barHeight * 2 + gap + groupGap
        let labelWidth = columnWidth(pairs.map(\.label), min: 40, max: 200)
        let valueWidth = columnWidth(pairs.flatMap { [$0.beforeText, $0.afterText] }, min: 0, max: 120)
        let labelX = pad + labelWidth
        let barX = labelX + 8
        let barMax = max(1, width - pad - valueWidth - 6 - barX)

        var svg = Writer()
        // Legend, aligned with the bars.
        let legendY = pad + 10
        let legendBottom = svg.legend([(series.before, nil, Palette.muted), (series.after, nil, Palette.accent)],
                                      x: barX, y: legendY, right: width - pad)
        let top = legendBottom + 10
        for (index, pair) in pairs.enumerated() {
            let groupTop = top + Double(index) * groupHeight
            let before = max(0, clean(pair.before)), after = max(0, clean(pair.after))
            let maximum = max(before, after)
            func length(_ value: Double) -> Double {
                guard maximum > 0, value > 0 else { return 0 }
                return max(1, value / maximum * barMax)
            }
            let middle = groupTop + barHeight + gap / 2
            svg.open("g", ["class": "group"])
            svg.text(pair.label, x: labelX, y: middle + 4, anchor: "end", fill: Palette.ink, class: "label", maxWidth: labelWidth)
            let rows: [(Double, String, String, String, String)] = [
                (length(before), pair.beforeText, Palette.muted, "bar before", series.before),
                (length(after), pair.afterText, Palette.accent, "bar after", series.after),
            ]
            for (offset, (length, valueText, fill, kind, name)) in rows.enumerated() {
                let y = groupTop + Double(offset) * (barHeight + gap)
                svg.rect(x: barX, y: y, width: length, height: barHeight, fill: fill, class: kind,
                         title: "\(pair.label), \(name): \(valueText)")
                svg.text(valueText, x: barX + length + 6, y: y + barHeight / 2 + 4, anchor: "start", fill: Palette.ink,
                         class: "value", maxWidth: max(valueWidth, 24))
            }
            svg.line(x1: barX, y1: groupTop - 2, x2: barX, y2: groupTop + barHeight * 2 + gap + 2, stroke: Palette.muted,
                     class: "axis")
            svg.close("g")
        }
        let height = top + Double(pairs.count) * groupHeight - groupGap + pad
        return document(id: id, kind: "paired-bars", text: text, height: height, body: svg.out)
    }

    // MARK: - Line

    /// A line with an area fill (e.g. weekly activity), a y axis with 3–4 gridlines above the baseline labelled by
    /// `yLabel`, and x labels at the caller's tick positions (indices into `values`; labels that would overlap the
    /// previous one are left out). The y range always includes zero; non-finite values count as zero.
    public static func line(id: String, text: ChartText, values: [Double], xTicks: [(index: Int, label: String)],
                            yLabel: (Double) -> String) -> String {
        guard !values.isEmpty else { return emptyChart(id: id, kind: "line", text: text) }
        let points = values.map(clean)
        var low = min(0, points.min() ?? 0), high = max(0, points.max() ?? 0)
        if high - low <= 0 { high = low + 1 }
        let ticks = niceTicks(low: low, high: high)
        low = min(low, ticks.first ?? low)
        high = max(high, ticks.last ?? high)
        let tickLabels = ticks.map(yLabel)

        let height: Double = 220
        let top: Double = 12, bottom = height - 30
        let yLabelWidth = columnWidth(tickLabels, min: 16, max: 120)
        let left = pad + yLabelWidth + 8
        let right = width - pad - 12
        let plotWidth = right - left
        func x(_ index: Int) -> Double {
            points.count > 1 ? left + Double(index) / Double(points.count - 1) * plotWidth : left + plotWidth / 2
        }
        func y(_ value: Double) -> Double { bottom - (value - low) / (high - low) * (bottom - top) }

        var svg = Writer()
        // Gridlines and y labels.
        svg.open("g", ["class": "y-axis"])
        for (index, tick) in ticks.enumerated() {
            let ty = y(tick)
            if index > 0 { svg.line(x1: left, y1: ty, x2: right, y2: ty, stroke: Palette.grid, class: "grid") }
            svg.text(tickLabels[index], x: left - 6, y: ty + 4, anchor: "end", fill: Palette.muted, class: "label",
                     maxWidth: yLabelWidth)
        }
        svg.close("g")
        // Area and line.
        let zeroY = y(min(max(0, low), high))
        var line = ""
        for index in points.indices {
            line += (index == 0 ? "M" : "L") + num(x(index)) + " " + num(y(points[index]))
        }
        if points.count > 1 {
            let area = "M" + num(x(0)) + " " + num(zeroY) + "L" + line.dropFirst() + "L" + num(x(points.count - 1)) + " "
                + num(zeroY) + "Z"
            svg.element("path", ["class": "area", "d": area, "fill": Palette.accent, "fill-opacity": "0.12", "stroke": "none"])
        }
        svg.element("path", ["class": "line", "d": line, "fill": "none", "stroke": Palette.accent, "stroke-width": "2",
                             "stroke-linejoin": "round", "stroke-linecap": "round"])
        if points.count == 1 {
            svg.element("circle", ["class": "point", "cx": num(x(0)), "cy": num(y(points[0])), "r": "3", "fill": Palette.accent])
        }
        // Axes: the zero line when the range goes below zero, then the left and bottom axes.
        if low < 0 && high > 0 {
            svg.line(x1: left, y1: zeroY, x2: right, y2: zeroY, stroke: Palette.muted, class: "axis zero")
        }
        svg.line(x1: left, y1: top, x2: left, y2: bottom, stroke: Palette.muted, class: "axis y")
        svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: Palette.muted, class: "axis x")
        // X ticks, in index order, dropping labels that would collide.
        svg.open("g", ["class": "x-axis"])
        let ordered = xTicks.enumerated()
            .filter { points.indices.contains($0.element.index) }
            .sorted { ($0.element.index, $0.offset) < ($1.element.index, $1.offset) }
            .map(\.element)
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
            svg.line(x1: tx, y1: bottom, x2: tx, y2: bottom + 4, stroke: Palette.muted, class: "axis tick")
            svg.text(tick.label, x: textX, y: bottom + 18, anchor: anchor, fill: Palette.muted, class: "label",
                     shown: (shown, truncated))
        }
        svg.close("g")
        return document(id: id, kind: "line", text: text, height: height, body: svg.out)
    }

    // MARK: - Stacked bar

    /// One bar split into parts (e.g. healthy / watch / at risk), each in its own colour, with value texts inside the
    /// parts wide enough to hold them and a legend below. With no parts, or nothing above zero, shows `text.empty`.
    public static func stackedBar(id: String, text: ChartText, parts: [Part]) -> String {
        guard !parts.isEmpty else { return emptyChart(id: id, kind: "stacked-bar", text: text) }
        // Shares of the largest part first, so that huge values cannot overflow the total.
        let raw = parts.map { max(0, clean($0.value)) }
        let peak = raw.max() ?? 0
        let values = raw.map { peak > 0 ? $0 / peak : 0 }
        let total = values.reduce(0, +)
        let colors = parts.enumerated().map { safeColor($0.element.color, fallback: $0.offset) }
        let barY = pad + 4, barHeight: Double = 28
        let left = pad, right = width - pad, barWidth = right - left

        var svg = Writer()
        if total > 0 && total.isFinite {
            svg.open("g", ["class": "bar stacked"])
            var x = left
            for (index, part) in parts.enumerated() {
                let length = values[index] / total * barWidth
                guard length > 0 else { continue }
                svg.rect(x: x, y: barY, width: length, height: barHeight, fill: colors[index], class: "part",
                         title: "\(part.label): \(part.valueText)", extra: ["stroke": Palette.paper, "stroke-width": "1"])
                let (shown, truncated) = fit(part.valueText, maxWidth: 200)
                if !truncated && textWidth(shown) + 10 <= length {
                    svg.text(part.valueText, x: x + length / 2, y: barY + barHeight / 2 + 4, anchor: "middle",
                             fill: textColor(on: colors[index]), class: "value")
                }
                x += length
            }
            svg.close("g")
        } else {
            svg.rect(x: left, y: barY, width: barWidth, height: barHeight, fill: Palette.grid, class: "bar track")
            svg.text(text.empty, x: width / 2, y: barY + barHeight / 2 + 4, anchor: "middle", fill: Palette.muted,
                     class: "empty", maxWidth: barWidth - 16)
        }
        for edge in [left, right] {
            svg.line(x1: edge, y1: barY - 4, x2: edge, y2: barY + barHeight + 4, stroke: Palette.muted, class: "axis")
        }
        let legendBottom = svg.legend(parts.enumerated().map { ($0.element.label, $0.element.valueText, colors[$0.offset]) },
                                      x: left, y: barY + barHeight + 22, right: right)
        return document(id: id, kind: "stacked-bar", text: text, height: legendBottom + pad, body: svg.out)
    }

    // MARK: - Frame

    /// The `<svg>` element around a chart's body.
    static func document(id: String, kind: String, text: ChartText, height: Double, body: String) -> String {
        let base = chartID(id)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" role=\"img\""
        out += " aria-labelledby=\"\(base)-title \(base)-desc\" viewBox=\"0 0 \(num(width)) \(num(height))\""
        out += " width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"\(num(fontSize))\" fill=\"\(Palette.ink)\">\n"
        out += "<title id=\"\(base)-title\">\(escapeXML(text.title))</title>\n"
        out += "<desc id=\"\(base)-desc\">\(escapeXML(text.description))</desc>\n"
        out += body
        out += "</svg>"
        return out
    }

    /// A chart with no data: a baseline and the caller's empty text.
    static func emptyChart(id: String, kind: String, text: ChartText) -> String {
        var svg = Writer()
        svg.text(text.empty, x: width / 2, y: 32, anchor: "middle", fill: Palette.muted, class: "empty",
                 maxWidth: width - 2 * pad)
        svg.line(x1: pad, y1: 52, x2: width - pad, y2: 52, stroke: Palette.grid, class: "axis")
        return document(id: id, kind: "\(kind) chart-empty", text: text, height: 64, body: svg.out)
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

    // MARK: - Numbers

    /// A finite, bounded value for geometry: non-finite values count as zero.
    static func clean(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(max(value, -1e300), 1e300)
    }

    /// A number for an attribute: at most one decimal, `.` as separator, no `-0`, no exponent; non-finite → `0`.
    static func num(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        guard abs(tenths) < 1e15 else { return "0" }
        let whole = Int64(tenths)
        if whole == 0 { return "0" }
        let magnitude = whole.magnitude
        var out = whole < 0 ? "-" : ""
        out += String(magnitude / 10)
        if magnitude % 10 != 0 { out += "." + String(magnitude % 10) }
        return out
    }

    /// Round tick values for a range that includes zero: at most 4 intervals (3–4 gridlines above the baseline),
    /// with steps of 1, 2, 2.5 or 5 × 10ⁿ. Values are computed so that e.g. 0.3 is exactly `0.3`.
    static func niceTicks(low: Double, high: Double) -> [Double] {
        let span = high - low
        let magnitude = (log10(span) - log10(4)).rounded(.down)
        guard span > 0, span.isFinite, magnitude.isFinite, abs(magnitude) < 300 else { return [low, high] }
        let exponent = Int(magnitude)
        for power in exponent...(exponent + 2) {
            for multiple in [1.0, 2, 2.5, 5] {
                func value(_ k: Double) -> Double {
                    power >= 0 ? k * multiple * pow(10, Double(power)) : k * multiple / pow(10, Double(-power))
                }
                let step = value(1)
                guard step > 0, step.isFinite else { continue }
                let first = (low / step).rounded(.down), last = (high / step).rounded(.up)
                if last - first <= 4 { return stride(from: first, through: last, by: 1).map(value) }
            }
        }
        return [low, high]
    }

    // MARK: - Text

    /// Approximate width of a character in em for a system sans-serif font, on the generous side.
    static func characterWidth(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar {
        case " ": return 0.3
        case "i", "j", "l", "!", "|", ".", ",", ":", ";", "'", "I", "(", ")", "[", "]": return 0.32
        case "f", "t", "r", "-": return 0.4
        case "m", "w", "M", "W", "@", "%": return 0.9
        case "A"..."Z", "&": return 0.7
        case "0"..."9": return 0.6
        case "a"..."z": return 0.57
        default: return scalar.value >= 0x1100 ? 1.0 : 0.62
        }
    }

    /// Approximate rendered width in viewBox units at the chart's font size.
    static func textWidth(_ text: String) -> Double {
        text.reduce(0) { $0 + characterWidth($1) } * fontSize
    }

    /// The text, shortened with an ellipsis to fit `maxWidth`.
    static func fit(_ text: String, maxWidth: Double) -> (text: String, truncated: Bool) {
        guard textWidth(text) > maxWidth else { return (text, false) }
        let ellipsis = "…"
        let budget = maxWidth - textWidth(ellipsis)
        var out = "", used = 0.0
        for character in text {
            let width = characterWidth(character) * fontSize
            if used + width > budget { break }
            out.append(character)
            used += width
        }
        while out.last?.isWhitespace == true { out.removeLast() }
        return (out + ellipsis, true)
    }

    /// Width of a column holding these texts, clamped.
    static func columnWidth(_ texts: [String], min lower: Double, max upper: Double) -> Double {
        min(upper, max(lower, texts.map(textWidth).max() ?? 0).rounded(.up))
    }

    // MARK: - Colours

    /// The caller's colour if it is a plain hex colour or a colour name, else a palette colour.
    static func safeColor(_ color: String, fallback index: Int) -> String {
        let scalars = Array(color.unicodeScalars)
        let isHex = scalars.first == "#" && [4, 5, 7, 9].contains(scalars.count)
            && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
        let isName = (1...30).contains(scalars.count) && scalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if isHex || isName { return color }
        return Palette.series[index % Palette.series.count]
    }

    /// Ink or white, whichever reads better on a hex background colour (ink for names).
    static func textColor(on background: String) -> String {
        var digits = String(background.dropFirst())
        guard background.hasPrefix("#") else { return Palette.ink }
        if digits.count == 3 || digits.count == 4 { digits = String(digits.prefix(3).flatMap { [$0, $0] }) }
        guard digits.count >= 6, let rgb = UInt32(digits.prefix(6), radix: 16) else { return Palette.ink }
        func linear(_ channel: UInt32) -> Double {
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff)
        // Contrast with white vs with ink (#1f2933, luminance ≈ 0.022).
        return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.072) ? Palette.paper : Palette.ink
    }

    // MARK: - Writer

    /// Accumulates SVG markup; attribute values are escaped, attributes written in a fixed order.
    struct Writer {
        var out = ""

        mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>) {
            out += "<" + name + Self.attributes(attributes) + "/>\n"
        }

        mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String>) {
            out += "<" + name + Self.attributes(attributes) + ">\n"
        }

        mutating func close(_ name: String) {
            out += "</" + name + ">\n"
        }

        static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
            attributes.map { " " + $0.key + "=\"" + escapeXML($0.value) + "\"" }.joined()
        }

        mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, class name: String,
                           title: String? = nil, extra: KeyValuePairs<String, String> = [:]) {
            let head = "<rect class=\"\(escapeXML(name))\" x=\"\(num(x))\" y=\"\(num(y))\" width=\"\(num(max(0, width)))\""
                + " height=\"\(num(max(0, height)))\" fill=\"\(escapeXML(fill))\"" + Self.attributes(extra)
            if let title {
                out += head + "><title>" + escapeXML(title) + "</title></rect>\n"
            } else {
                out += head + "/>\n"
            }
        }

        mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, class name: String) {
            out += "<line class=\"\(escapeXML(name))\" x1=\"\(num(x1))\" y1=\"\(num(y1))\" x2=\"\(num(x2))\" y2=\"\(num(y2))\""
                + " stroke=\"\(escapeXML(stroke))\" stroke-width=\"1\"/>\n"
        }

        /// A text element; shortened to `maxWidth` if given, with the full text in a `<title>` child when shortened.
        mutating func text(_ content: String, x: Double, y: Double, anchor: String, fill: String, class name: String,
                           maxWidth: Double? = nil, shown: (text: String, truncated: Bool)? = nil,
                           extra: KeyValuePairs<String, String> = [:]) {
            let (visible, truncated) = shown ?? maxWidth.map { fit(content, maxWidth: $0) } ?? (content, false)
            out += "<text class=\"\(escapeXML(name))\" x=\"\(num(x))\" y=\"\(num(y))\" text-anchor=\"\(escapeXML(anchor))\""
                + " fill=\"\(escapeXML(fill))\"" + Self.attributes(extra) + ">"
            if truncated { out += "<title>" + escapeXML(content) + "</title>" }
            out += escapeXML(visible) + "</text>\n"
        }

        /// A legend of swatches and texts (optionally followed by a muted value) flowing left to right from `x`,
        /// wrapping before `right`. Returns the y below the last row.
        mutating func legend(_ items: [(label: String, value: String?, color: String)], x: Double, y: Double,
                             right: Double) -> Double {
            let rowHeight: Double = 20, swatch: Double = 10
            var cx = x, cy = y
            open("g", ["class": "legend"])
            for item in items {
                let (label, labelCut) = fit(item.label, maxWidth: 200)
                let (value, valueCut) = fit(item.value ?? "", maxWidth: 120)
                var itemWidth = swatch + 6 + textWidth(label)
                if item.value != nil { itemWidth += 6 + textWidth(value) }
                if cx > x && cx + itemWidth > right {
                    cx = x
                    cy += rowHeight
                }
                rect(x: cx, y: cy - swatch / 2, width: swatch, height: swatch, fill: item.color, class: "swatch")
                out += "<text class=\"label\" x=\"\(num(cx + swatch + 6))\" y=\"\(num(cy + 4))\" fill=\"\(Palette.ink)\">"
                if labelCut || valueCut {
                    out += "<title>" + escapeXML(item.label + (item.value.map { " " + $0 } ?? "")) + "</title>"
                }
                out += escapeXML(label)
                if item.value != nil {
                    out += "<tspan class=\"value\" dx=\"6\" fill=\"\(Palette.muted)\">" + escapeXML(value) + "</tspan>"
                }
                out += "</text>\n"
                cx += itemWidth + 20
            }
            close("g")
            return cy + rowHeight / 2
        }
    }
}
