extension SVGChart {
    /// The shapes charts are drawn with, as nodes: attributes always in the same order, numbers through ``num(_:)``.
    enum Shape {
        /// A rectangle, with `title` as its tooltip; `stroke` draws a one-unit outline.
        static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, class name: String,
                         title: String? = nil, stroke: String? = nil) -> Node {
            .element("rect", [
                "class": name, "x": num(x), "y": num(y), "width": num(max(0, width)), "height": num(max(0, height)), "fill": fill,
                "stroke": stroke, "stroke-width": stroke == nil ? nil : "1",
            ], title.map { [.element("title", [.text($0)])] } ?? [])
        }

        /// A one-unit line.
        static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, class name: String) -> Node {
            .element("line", [
                "class": name, "x1": num(x1), "y1": num(y1), "x2": num(x2), "y2": num(y2), "stroke": stroke, "stroke-width": "1",
            ])
        }

        /// A text, shortened to `maxWidth` if given (or as `shown` says), with the full text in a `<title>` when shortened.
        static func text(_ content: String, x: Double, y: Double, anchor: String, fill: String, class name: String,
                         maxWidth: Double? = nil, shown: (text: String, truncated: Bool)? = nil, fontWeight: String? = nil) -> Node {
            let (visible, truncated) = shown ?? maxWidth.map { fit(content, maxWidth: $0) } ?? (content, false)
            return .element("text", ["class": name, "x": num(x), "y": num(y), "text-anchor": anchor, "fill": fill, "font-weight": fontWeight],
                            (truncated ? [.element("title", [.text(content)])] : []) + [.text(visible)])
        }

        /// A group of shapes.
        static func group(class name: String, _ children: [Node]) -> Node { .block("g", ["class": name], children) }
    }
}
