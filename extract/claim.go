package extract

import (
	"crypto/sha1"
	"strconv"

	"github.com/google/uuid"
)

// Name is the extractor's name; Version is bumped whenever the rules change
// what they emit, so that re-extraction yields new claim ids.
const (
	Name    = "claimline-rules"
	Version = "1.60.0"
)

// ExtractorID is the name@version stamped on every claim.
func ExtractorID() string { return Name + "@" + Version }

// Claim kinds.
const (
	KindCasualty = "casualty"
	KindEvent    = "event"
)

// Casualty outcomes.
const (
	OutcomeKilled      = "killed"
	OutcomeWounded     = "wounded"
	OutcomeMissing     = "missing"
	OutcomeCaptured    = "captured"
	OutcomeNeutralized = "neutralized"
)

// Count qualifiers.
const (
	QualExact    = "exact"
	QualAtLeast  = "at_least"
	QualMoreThan = "more_than"
	QualAbout    = "about"
	QualUpTo     = "up_to"
	QualUnknown  = "unknown"
)

// Casualty scopes.
const (
	ScopeIncident   = "incident"
	ScopeCumulative = "cumulative"
)

// Event actions.
const (
	ActionCapture   = "capture"
	ActionEnter     = "enter"
	ActionWithdraw  = "withdraw"
	ActionSiege     = "siege"
	ActionStrike    = "strike"
	ActionShootdown = "shootdown"
	ActionDeploy    = "deploy"
	ActionCeasefire = "ceasefire"
	ActionOffensive = "offensive"
	ActionTalks     = "talks"
	ActionStatement = "statement"
	ActionOther     = "other"
)

// Date precisions.
const (
	PrecisionDay        = "day"
	PrecisionWeek       = "week"
	PrecisionMonth      = "month"
	PrecisionYear       = "year"
	PrecisionUnresolved = "unresolved"
)

// Claim is one attributed, dated statement read out of an article: a
// casualty figure or an event. Casualty fields are set only when Kind is
// "casualty", event fields only when Kind is "event".
type Claim struct {
	ID           string `json:"id"`
	ArticleID    string `json:"article_id"`
	Extractor    string `json:"extractor"`
	Kind         string `json:"kind"`
	Span         Span   `json:"span"`
	Quote        string `json:"quote"`
	Date         Date   `json:"date"`
	Location     *Place `json:"location"`
	AttributedTo string `json:"attributed_to"`

	// Statement groups the parts of one statement: claims of one article
	// that share it were made together ("seven soldiers and a civilian") and
	// may be added up; claims with different statements never are.
	Statement int `json:"statement"`

	// Casualty.
	Outcome string `json:"outcome,omitempty"`
	Count   *Count `json:"count,omitempty"`
	Victims *Group `json:"victims,omitempty"`
	Scope   string `json:"scope,omitempty"`

	// Event.
	Action string `json:"action,omitempty"`
	Actor  *Party `json:"actor,omitempty"`
	Target *Party `json:"target,omitempty"`
}

// Span is a half-open byte range [Start, End) into an article's normalised text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Date is when a claim says something happened. Start and End are
// YYYY-MM-DD, or nil when unresolved. Weekday keeps a weekday the expression
// names ("on Thursday" → "Thursday") even when it cannot be resolved, so a
// projection can still match the claim to a dated incident.
type Date struct {
	Start      *string `json:"start"`
	End        *string `json:"end"`
	Precision  string  `json:"precision"`
	Expression string  `json:"expression"`
	Weekday    string  `json:"weekday,omitempty"`
}

// Place is a location as written and its normalised name. Region is the
// province or wider area the place lies in, when the gazetteer knows it.
type Place struct {
	Text   string `json:"text"`
	Name   string `json:"name"`
	Region string `json:"region,omitempty"`
}

// Count is a casualty figure: Value is nil when the text gives no number.
type Count struct {
	Value     *int   `json:"value"`
	Qualifier string `json:"qualifier"`
}

// Group is a victims' group as written and its normalised side.
type Group struct {
	Text string `json:"text"`
	Side string `json:"side"`
}

// Party is an actor or target as written and its normalised name.
type Party struct {
	Text string `json:"text"`
	Name string `json:"name"`
}

// claimNamespace is the UUIDv5 namespace of claim ids.
var claimNamespace = uuid.MustParse("6f0a3c52-8a8b-5d1e-9a57-3b7f0e0c1a11")

// ClaimID derives a claim's id from the article, the extractor, the claim
// kind and its span: extracting the same article again with the same
// extractor yields the same ids. It is uuid.NewSHA1(claimNamespace, key)
// with key "article\x00extractor\x00kind\x00start-end", hashed from a
// stack buffer so that the only allocation is the id's text.
func ClaimID(articleID, extractor, kind string, span Span) string {
	var buf [192]byte
	b := append(buf[:0], claimNamespace[:]...)
	b = append(b, articleID...)
	b = append(b, 0)
	b = append(b, extractor...)
	b = append(b, 0)
	b = append(b, kind...)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(span.Start), 10)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(span.End), 10)
	sum := sha1.Sum(b)
	var id uuid.UUID
	copy(id[:], sum[:])
	id[6] = id[6]&0x0f | 5<<4 // version 5: name-based, SHA-1
	id[8] = id[8]&0x3f | 0x80 // the RFC 4122 variant
	return id.String()
}
