// A person sets an item's kind: kindBy 'manual', the kind's label, and the machine's kind kept to go back to.
// Parameters: $item – item id; $kind – opportunity, challenge, recommendation, question, observation or quote
MATCH (i:Item {id: $item})
SET i.machineKind = coalesce(i.machineKind, i.kind), i.machineKindBy = coalesce(i.machineKindBy, i.kindBy)
SET i.kind = $kind, i.kindBy = 'manual'
REMOVE i:Finding:Quote:Opportunity:Challenge:Recommendation:Question:Observation
FOREACH (_ IN CASE WHEN $kind = 'quote' THEN [1] ELSE [] END | SET i:Quote)
FOREACH (_ IN CASE WHEN $kind <> 'quote' THEN [1] ELSE [] END | SET i:Finding)
FOREACH (_ IN CASE WHEN $kind = 'opportunity' THEN [1] ELSE [] END | SET i:Opportunity)
FOREACH (_ IN CASE WHEN $kind = 'challenge' THEN [1] ELSE [] END | SET i:Challenge)
FOREACH (_ IN CASE WHEN $kind = 'recommendation' THEN [1] ELSE [] END | SET i:Recommendation)
FOREACH (_ IN CASE WHEN $kind = 'question' THEN [1] ELSE [] END | SET i:Question)
FOREACH (_ IN CASE WHEN $kind = 'observation' THEN [1] ELSE [] END | SET i:Observation)
RETURN count(i) AS applied
