from calmcli.cli import main

main()
