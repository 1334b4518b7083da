import decimal
import gc
import json
import logging
import os
import subprocess
import sys
import time
import weakref

print("module loaded")


def hello(event, context):
    return {"greeting": "hello " + event["name"]}


def context_info(event, context):
    return {
        "function_name": context.function_name,
        "function_version": context.function_version,
        "invoked_function_arn": context.invoked_function_arn,
        "memory_limit_in_mb": context.memory_limit_in_mb,
        "aws_request_id": context.aws_request_id,
        "log_group_name": context.log_group_name,
        "log_stream_name": context.log_stream_name,
        "remaining": context.get_remaining_time_in_millis(),
        "cwd": os.getcwd(),
        "tmpdir": os.environ.get("TMPDIR"),
        "trace": os.environ.get("_X_AMZN_TRACE_ID"),
        "home": os.environ.get("HOME"),
        "path0": sys.path[0],
    }


def trace_ids(event, context):
    """The trace id as the function sees it and as a process it starts sees it; then sets or removes it if asked."""
    child = subprocess.run(["sh", "-c", 'printf %s "${_X_AMZN_TRACE_ID-absent}"'], capture_output=True, check=True)
    seen = {"python": os.environ.get("_X_AMZN_TRACE_ID", "absent"), "child": child.stdout.decode()}
    if "set" in event:
        os.environ["_X_AMZN_TRACE_ID"] = event["set"]
    if "remove" in event:
        del os.environ["_X_AMZN_TRACE_ID"]
    return seen


def resident_kilobytes(event, context):
    # Not getrusage's ru_maxrss: Linux carries it over from the parent (a JVM here) through fork and exec.
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])


def fail(event, context):
    raise ValueError("something went wrong")


def sleepy(event, context):
    time.sleep(30)


def crash(event, context):
    os._exit(3)


def chatty(event, context):
    for index in range(event["lines"]):
        print("line %d" % index)
    sys.stderr.write("to stderr\n")
    print("no newline at the end", end="")
    return "done"


def unserializable(event, context):
    return {1, 2, 3}


class Holder(dict):
    """A dictionary that can be referenced weakly (dict itself cannot)."""


circular_results = []


def circular_when_asked(event, context):
    """A dictionary that holds itself when the event asks for it; else the event with a float and a decimal added
    and how many of the circular results are still alive (the runtime should keep none)."""
    if event.get("circular"):
        result = Holder(event=event)
        result["itself"] = result
        circular_results.append(weakref.ref(result))
        return result
    gc.collect()
    alive = sum(1 for reference in circular_results if reference() is not None)
    return dict(event, ratio=0.5, amount=decimal.Decimal("2.25"), alive=alive)


def allocate(event, context):
    blocks = []
    for _ in range(event["megabytes"]):
        # bytearray() zero-fills, so every page is really resident.
        blocks.append(bytearray(1024 * 1024))
    time.sleep(event.get("hold_seconds", 0))
    return len(blocks)


def write_file(event, context):
    with open(event["path"], "w") as file:
        file.write("written")
    return "written"


def logs(event, context):
    logger = logging.getLogger("app")
    logger.debug("dropped %s", "debug")
    logger.info("info %s", "kept")
    logger.warning("warned", extra={"order": 7})
    try:
        {}["missing"]
    except KeyError:
        logger.exception("failed")
    print("printed as is")
    return "logged"
