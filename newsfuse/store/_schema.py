"""Schema migrations as named, ordered steps. A store records which steps it has applied."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            input_id TEXT NOT NULL,
            published TEXT,
            outlet TEXT,
            title TEXT,
            body TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX articles_input ON articles(input_id);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE rejections (
            input_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            PRIMARY KEY (input_id, origin, reason)
        );
        CREATE TABLE mentions (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            record TEXT NOT NULL
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            event_type TEXT,
            sub_event_type TEXT,
            date TEXT,
            country TEXT,
            city TEXT,
            killed INTEGER,
            injured INTEGER,
            record TEXT NOT NULL,
            contract TEXT NOT NULL
        );
        CREATE INDEX events_date ON events(date);
        CREATE TABLE event_articles (
            event_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            is_main INTEGER NOT NULL,
            PRIMARY KEY (event_id, article_id)
        );
        CREATE INDEX event_articles_article ON event_articles(article_id);
        """,
    ),
    (
        "0002_fulltext",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.rowid, old.title, old.body);
        END;
        CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, text);
        """,
    ),
    (
        "0003_web_indexes",
        """
        CREATE INDEX IF NOT EXISTS events_type ON events(event_type, sub_event_type);
        CREATE INDEX IF NOT EXISTS events_subtype ON events(sub_event_type);
        CREATE INDEX IF NOT EXISTS events_country ON events(country);
        CREATE INDEX IF NOT EXISTS events_killed ON events(killed);
        CREATE INDEX IF NOT EXISTS events_injured ON events(injured);
        CREATE INDEX IF NOT EXISTS events_date_end
            ON events(COALESCE(json_extract(contract, '$.date_end'), date));
        CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
        CREATE INDEX IF NOT EXISTS events_date_id ON events(date, id);
        """,
    ),
)
