UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN {{topic-fields}} AS topic
