# escape=`
# A Windows Dockerfile: the backtick continues lines and backslashes are path separators.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
WORKDIR C:\app
COPY build\ C:\app\
RUN New-Item -ItemType Directory C:\logs ; `
    Write-Host "done"
ENV PATH="C:\app\bin;${PATH}"
CMD ["C:\\app\\server.exe"]
