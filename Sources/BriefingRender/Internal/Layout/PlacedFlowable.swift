/// A flowable at its place on a page (absolute page coordinates, top-left corner).
struct PlacedFlowable {
    let flowable: any Flowable
    let x: Double
    let y: Double
}
