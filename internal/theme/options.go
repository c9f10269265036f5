package theme

// DocTypes returns the document types a search can be filtered by, in the
// order the search form lists them.
func (d *Data) DocTypes() []string {
	return []string{TypePolicy, TypeTraining, TypeEvaluation, TypePage}
}

// Statuses returns the policy statuses in their life-cycle order.
func (d *Data) Statuses() []string {
	return []string{"draft", "consultation", "approved", "revoked"}
}
