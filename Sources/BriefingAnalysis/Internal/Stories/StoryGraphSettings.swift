/// The constants of story grouping, each with the reason for its value.
///
/// They were checked on the giveme5w1h dev split (32 articles, 7 events), on that split mixed
/// into the 2,225 BBC articles (many uneven events, one year apart from it), and on the two
/// Timeline17 dev topics together (months of one subject each); none was moved to raise one
/// figure alone.
struct StoryGraphSettings: Sendable {
    /// The mean similarity two groups need to merge. Low, because vectors keep only an article's
    /// strongest features and two reports of one event share few of them; the guards below keep
    /// a low bar from merging subjects.
    var threshold = 0.04
    /// Groups up to this size merge at `threshold`; larger ones need
    /// `threshold * sqrt(size / cohesiveSize)`: a true event's articles stay close however many
    /// there are, while a loose subject keeps absorbing articles just above the bar.
    var cohesiveSize = 10
    /// Pairs less similar than this are not kept at all: they could never lift a group's mean
    /// over `threshold`, and dropping them keeps the graph small.
    var floor = 0.02
    /// A feature shared by more articles than this is no longer a key to all its pairs: each
    /// article meets only its `blockSize` neighbours in publication order on that feature. A
    /// word in thousands of articles marks no single event, and all its pairs would make
    /// grouping quadratic (100,000 articles once needed above 14 GB); neighbours in time are
    /// where one event's reports sit. On the dev corpora (up to 2,257 articles) this changed
    /// no group.
    var blockSize = 32
    /// Each article keeps its strongest `neighbours` pairs to later articles, so the graph holds
    /// at most `neighbours` edges per article whatever the corpus. A story's articles are each
    /// other's strongest pairs; on the dev corpora articles average about five pairs above
    /// `floor`, so the cap bites only where a corpus is dense with one subject.
    var neighbours = 32
    /// An event is covered within weeks: pairs published further apart than this many days lose
    /// similarity in proportion (`window / gap`), so a subject running for months (an oil spill,
    /// a celebrity) splits into its episodes, while a story reported across a month holds (the
    /// dev events span up to 24 days). Undated articles are not penalised.
    var eventWindowDays = 30.0
    /// Features two articles must share to be a pair at all: one rare word or one name in
    /// common is a coincidence of vocabulary, while two reports of one event agree on several
    /// (who, where, what). Two, not more: on the dev events three already split true stories.
    var minimumShared = 2
}
