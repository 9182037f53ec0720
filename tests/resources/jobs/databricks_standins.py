"""Runs a generated stream notebook the way a Databricks job does, with small stand-ins for dbutils and spark.

    python3 databricks_standins.py NOTEBOOK.py PARAMETERS.json RECORD.json

PARAMETERS are the job's base parameters (they override the widgets' defaults). The stand-ins record what
the notebook asks of Databricks: widgets defined, SQL statements, and the rows appended to each table
(TIMESTAMP values as ISO text) with the DataFrame schema and write mode; RECORD.json gets them.
Not Databricks: nothing here checks SQL or types beyond what the recording needs.
"""
import datetime
import json
import sys

notebook, parameters_file, record_file = sys.argv[1:4]
parameters = json.load(open(parameters_file))
record = {"widgets": {}, "statements": [], "appends": []}


class Widgets:
    def text(self, name, default, label=None):
        record["widgets"][name] = default

    def get(self, name):
        if name not in record["widgets"]:
            raise ValueError("no widget " + name)  # as Databricks: a widget must be defined first
        return parameters.get(name, record["widgets"][name])


class DbUtils:
    widgets = Widgets()


def plain(v):
    if isinstance(v, datetime.datetime):
        if v.tzinfo is None:
            raise ValueError("a naive datetime reaches spark: its time zone would be the session's")
        return v.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return v


class Writer:
    def __init__(self, frame):
        self.frame, self.how = frame, None

    def mode(self, how):
        self.how = how
        return self

    def saveAsTable(self, name):
        record["appends"].append({"table": name, "mode": self.how, "schema": self.frame.schema,
                                  "rows": [[plain(v) for v in row] for row in self.frame.data]})


class DataFrame:
    def __init__(self, data, schema):
        self.data, self.schema = list(data), schema

    @property
    def write(self):
        return Writer(self)


class Spark:
    def sql(self, statement):
        record["statements"].append(statement)

    def createDataFrame(self, data, schema=None):
        return DataFrame(data, schema)


source = open(notebook, encoding="utf-8").read()
try:
    exec(compile(source, notebook, "exec"), {"__name__": "__main__", "dbutils": DbUtils(), "spark": Spark()})
finally:
    with open(record_file, "w") as f:
        json.dump(record, f)
