# Reports compute and draw; every query lives in core (core/reporting). This script fails when a file
# under ROOT includes core's SQL helpers (core/sql/ or sql/), a Qt SQL header, names QSqlQuery or
# QSqlDatabase, or reaches the session's connection (.database()).
#
#   cmake -DROOT=<folder> -P CheckNoSql.cmake          check a folder (the reports/ build step and test)
#   cmake -DSELF_TEST=<scratch folder> -P CheckNoSql.cmake
#                                                      prove the check fails on each kind of violation
#                                                      and passes on a clean file
cmake_minimum_required(VERSION 3.16)

set(forbidden
    "#[ \t]*include[ \t]*[<\"](core/)?sql/"
    "#[ \t]*include[ \t]*<QSql"
    "#[ \t]*include[ \t]*<QtSql"
    "QSqlQuery"
    "QSqlDatabase"
    "[.>]database\\(\\)")

if(DEFINED SELF_TEST)
    file(REMOVE_RECURSE "${SELF_TEST}")
    set(violations
        "#include \"core/sql/SqlUtil.h\""
        "#include \"sql/Transaction.h\""
        "#include <QSqlQuery>"
        "#include <QtSql/QSqlError>"
        "void f(QSqlQuery &query)"
        "QSqlDatabase db"
        "auto &db = session.database()")
    set(index 0)
    foreach(line IN LISTS violations)
        # (no semicolon in these lines: CMake lists split on it)
        set(folder "${SELF_TEST}/bad${index}")
        file(WRITE "${folder}/Report.cpp" "// a report\n${line}\nint x = 1;\n")
        execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${folder} -P "${CMAKE_CURRENT_LIST_FILE}"
                        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
        if(result EQUAL 0)
            message(FATAL_ERROR "CheckNoSql accepted a violation: ${line}")
        endif()
        math(EXPR index "${index} + 1")
    endforeach()
    set(folder "${SELF_TEST}/clean")
    file(WRITE "${folder}/Report.h" "#include \"reporting/DataCut.h\"\n#include <QPainter>\n// no SQL here\n")
    execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${folder} -P "${CMAKE_CURRENT_LIST_FILE}"
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "CheckNoSql refused a clean file")
    endif()
    file(REMOVE_RECURSE "${SELF_TEST}")
    message(STATUS "CheckNoSql refuses each of ${index} violations and accepts a clean file")
    return()
endif()

if(NOT DEFINED ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<folder> -P CheckNoSql.cmake")
endif()
file(GLOB_RECURSE sources "${ROOT}/*.cpp" "${ROOT}/*.h")
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        foreach(pattern IN LISTS forbidden)
            if(line MATCHES "${pattern}")
                string(APPEND problems "\n  ${source}:${number}: ${line}")
                break()
            endif()
        endforeach()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "reports/ must run no SQL: read through core/reporting instead.${problems}")
endif()
