MATCH (src:Source {url: $url})
RETURN {{source-fields}} AS source
