/// A font as the layout code asks for it: a Pango family list, a size in points and a face.
struct FontSpec: Hashable {
    var family: String
    var size: Double
    var bold = false
    var italic = false

    func with(size: Double) -> FontSpec { var f = self; f.size = size; return f }
    var asBold: FontSpec { var f = self; f.bold = true; return f }
    var asItalic: FontSpec { var f = self; f.italic = true; return f }
}
