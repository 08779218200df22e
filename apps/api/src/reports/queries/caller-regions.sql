SELECT regions FROM users WHERE id = $1
